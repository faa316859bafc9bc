import { ADMIN_PASSWORD, ADMIN_USERNAME, API_URL } from './env';
import {
  AGENT_TRAFFIC,
  CREATE_AGENT,
  CREATE_SERVER,
  CREATE_SPEED_PROFILE,
  CREATE_USER,
  DELETE_SPEED_PROFILE,
  DELETE_USER,
  GLOBAL_USED,
  LIMIT_SETTINGS,
  LOGIN,
  RESET_SCHEDULES,
  RESET_SETTINGS,
  RESET_USER_TRAFFIC,
  ROUTER_LOGINS,
  SERIES_TOTAL,
  SET_AGENT_TRAFFIC_LIMIT,
  SETTINGS,
  UPDATE_SETTINGS,
  UPDATE_USER,
  USER_CHOICE,
  USER_USED,
} from './documents';
import type { TypedDocumentString } from './generated/graphql';
import type {
  CreateAgentInput,
  CreateUserInput,
  E2eAgentTrafficQuery,
  E2eLimitSettingsQuery,
  E2eResetSchedulesQuery,
  E2eResetSettingsQuery,
  E2eRouterLoginsQuery,
  E2eSettingsQuery,
  E2eUserChoiceQuery,
  E2eUserUsedQuery,
  ServerKind,
  SettingsInput,
  SpeedProfileInput,
  UpdateUserInput,
} from './generated/graphql';

export type { SettingsInput };

/**
 * Direct GraphQL calls to the API, for setting up data and for changes "from another session".
 * With a document from ./documents the variables and the result are typed from the schema; a plain
 * string (one-off queries in specs) is sent as it is, its result typed by the caller.
 */
export async function gql<TResult, TVariables>(doc: TypedDocumentString<TResult, TVariables>, variables: TVariables, token?: string): Promise<TResult>;
export async function gql<T = unknown>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
export async function gql(query: string | TypedDocumentString<unknown, unknown>, variables: unknown = {}, token?: string): Promise<unknown> {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data;
}

/** A nullable field the helper's caller expects to be there (a user by id). */
function present<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what}: not found`);
  return value;
}

export async function login(username: string, password: string): Promise<{ token: string; id: string }> {
  const d = await gql(LOGIN, { username, password });
  return { token: d.login.token, id: d.login.account.id };
}

export const adminToken = async () => (await login(ADMIN_USERNAME, ADMIN_PASSWORD)).token;

export async function createAgent(admin: string, input: CreateAgentInput): Promise<{ id: string; username: string }> {
  return (await gql(CREATE_AGENT, { input }, admin)).createAgent;
}

export async function createUser(token: string, input: CreateUserInput): Promise<{ id: string; username: string }> {
  return (await gql(CREATE_USER, { input }, token)).createUser;
}

export async function updateUser(token: string, id: string, input: UpdateUserInput): Promise<void> {
  await gql(UPDATE_USER, { id, input }, token);
}

export async function deleteUser(token: string, id: string): Promise<void> {
  await gql(DELETE_USER, { id }, token);
}

/** A traffic source with its ingest token (shown once by the API). */
export async function createServer(admin: string, name: string, kind: ServerKind = 'WEBHOOK'): Promise<{ id: string; token: string }> {
  const d = await gql(CREATE_SERVER, { input: { name, kind } }, admin);
  return { id: d.createServer.server.id, token: d.createServer.token };
}

export interface WebhookSample {
  id?: string;
  user_token: string;
  bytes_uploaded: number | string;
  bytes_downloaded: number | string;
  protocol?: string;
  at?: string;
}

/** POST samples to the real webhook as a traffic source would. */
export async function postTraffic(serverToken: string, samples: WebhookSample | WebhookSample[]): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${API_URL}/api/traffic/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-server-token': serverToken },
    body: JSON.stringify(samples),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body };
}

export async function globalUsed(admin: string): Promise<bigint> {
  const d = await gql(GLOBAL_USED, {}, admin);
  return BigInt(d.globalStats.used);
}

/** The sum of the hourly chart the dashboards draw (the last 24 whole hours, this one included). */
export async function seriesTotal(token: string): Promise<bigint> {
  const from = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 23 * 3_600_000).toISOString();
  const d = await gql(SERIES_TOTAL, { from }, token);
  return d.usageSeries.reduce((s, p) => s + BigInt(p.total), 0n);
}

export async function settings(admin: string): Promise<E2eSettingsQuery['settings']> {
  return (await gql(SETTINGS, {}, admin)).settings;
}

export async function updateSettings(admin: string, input: SettingsInput): Promise<void> {
  await gql(UPDATE_SETTINGS, { input }, admin);
}

export type LimitSettings = E2eLimitSettingsQuery['settings'];

export async function limitSettings(admin: string): Promise<LimitSettings> {
  return (await gql(LIMIT_SETTINGS, {}, admin)).settings;
}

/** An agent's standing as the API reports it (ADMIN or the agent itself). */
export async function agentTraffic(token: string, agentId: string): Promise<E2eAgentTrafficQuery['agentTraffic']> {
  return (await gql(AGENT_TRAFFIC, { agentId }, token)).agentTraffic;
}

/** Reset settings: whether agents may reset their users, and the default zone. */
export async function resetSettings(admin: string): Promise<E2eResetSettingsQuery['settings']> {
  return (await gql(RESET_SETTINGS, {}, admin)).settings;
}

/** A user's period counters (ADMIN or its agent). */
export async function userUsed(token: string, id: string): Promise<NonNullable<E2eUserUsedQuery['user']>> {
  return present((await gql(USER_USED, { id }, token)).user, `user ${id}`);
}

/** Resets one user's period usage "from another session"; answers the audited event. */
export async function resetUserTraffic(token: string, userId: string, reason?: string): Promise<{ id: string; ok: boolean; bytesCleared: string }> {
  return (await gql(RESET_USER_TRAFFIC, { userId, reason: reason ?? null }, token)).resetUserTraffic;
}

/** Every reset schedule (ADMIN), e.g. to clean up after a spec. */
export async function resetSchedules(admin: string): Promise<E2eResetSchedulesQuery['resetSchedules']> {
  return (await gql(RESET_SCHEDULES, {}, admin)).resetSchedules;
}

/** Sets (or, with null, removes) an agent's traffic limit "from another session". */
export async function setAgentTrafficLimit(admin: string, agentId: string, limit: string | null): Promise<void> {
  await gql(SET_AGENT_TRAFFIC_LIMIT, { agentId, limit }, admin);
}

/** A speed profile (ADMIN), e.g. a slow throttle speed. */
export async function createSpeedProfile(admin: string, input: SpeedProfileInput): Promise<{ id: string; name: string }> {
  return (await gql(CREATE_SPEED_PROFILE, { input }, admin)).createSpeedProfile;
}

export async function deleteSpeedProfile(admin: string, id: string): Promise<void> {
  await gql(DELETE_SPEED_PROFILE, { id }, admin);
}

/** A user's over-limit fields as the API keeps them. */
export async function userChoice(token: string, id: string): Promise<NonNullable<E2eUserChoiceQuery['user']>> {
  return present((await gql(USER_CHOICE, { id }, token)).user, `user ${id}`);
}

/** Our users' logins on the routers, as the API reports them (held = cut off by us). */
export async function routerLogins(token: string, routerId?: string): Promise<E2eRouterLoginsQuery['routerLogins']> {
  return (await gql(ROUTER_LOGINS, { routerId: routerId ?? null }, token)).routerLogins;
}
