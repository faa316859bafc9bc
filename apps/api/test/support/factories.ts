import { ok, type TestApp } from './test-app';

let seq = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

export const CREATE_AGENT = `mutation($input: CreateAgentInput!) { createAgent(input: $input) { id username role status trafficLimit maxUsers quotaMode userCount } }`;
export const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress } }`;

/** Creates an agent as admin and signs it in. */
export async function makeAgent(app: TestApp, input: Record<string, unknown> = {}) {
  const username = (input.username as string) ?? unique('agent');
  const password = 'agent-password-1';
  const { createAgent } = ok(await app.gql(CREATE_AGENT, { input: { username, password, ...input } }, { token: app.adminToken }));
  const token = await app.login(username, password);
  return { id: createAgent.id as string, username, password, token, as: { token } };
}

export async function makeUser(app: TestApp, as: { token: string }, input: Record<string, unknown> = {}) {
  const { createUser } = ok(await app.gql(CREATE_USER, { input: { username: unique('user'), ...input } }, as));
  return createUser as { id: string; username: string; agentId: string | null; token: string };
}
