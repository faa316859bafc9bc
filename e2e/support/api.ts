import { ADMIN_PASSWORD, ADMIN_USERNAME, API_URL } from './env';

/** Direct GraphQL calls to the API, for setting up data and for changes "from another session". */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data as T;
}

export async function login(username: string, password: string): Promise<{ token: string; id: string }> {
  const d = await gql<{ login: { token: string; account: { id: string } } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id } } }',
    { u: username, p: password },
  );
  return { token: d.login.token, id: d.login.account.id };
}

export const adminToken = async () => (await login(ADMIN_USERNAME, ADMIN_PASSWORD)).token;

export async function createAgent(
  admin: string,
  input: { username: string; password: string; trafficLimit?: string | null; quotaMode?: 'USAGE' | 'ALLOCATION'; maxUsers?: number | null },
): Promise<{ id: string; username: string }> {
  const d = await gql<{ createAgent: { id: string; username: string } }>(
    'mutation($input: CreateAgentInput!) { createAgent(input: $input) { id username } }',
    { input },
    admin,
  );
  return d.createAgent;
}

export async function createUser(
  token: string,
  input: { username: string; dataLimit?: string | null; agentId?: string; expiresAt?: string | null; macAddress?: string | null },
): Promise<{ id: string; username: string }> {
  const d = await gql<{ createUser: { id: string; username: string } }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }',
    { input },
    token,
  );
  return d.createUser;
}

export async function updateUser(token: string, id: string, input: Record<string, unknown>): Promise<void> {
  await gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id, input }, token);
}

export async function deleteUser(token: string, id: string): Promise<void> {
  await gql('mutation($id: ID!) { deleteUser(id: $id) }', { id }, token);
}
