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
  input: {
    username: string;
    password: string;
    trafficLimit?: string | null;
    quotaMode?: 'USAGE' | 'ALLOCATION';
    maxUsers?: number | null;
    resetStrategy?: 'NONE' | 'DAY' | 'WEEK' | 'MONTH' | 'BILLING_MONTH' | 'YEAR';
    billingDay?: number | null;
    timeZone?: string;
    overLimitAction?: 'SUSPEND' | 'THROTTLE';
    throttleProfileId?: string | null;
  },
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
  input: {
    username: string;
    dataLimit?: string | null;
    agentId?: string;
    expiresAt?: string | null;
    macAddress?: string | null;
    overLimitAction?: 'SUSPEND' | 'THROTTLE' | null;
    throttleProfileId?: string | null;
  },
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

/** A traffic source with its ingest token (shown once by the API). */
export async function createServer(admin: string, name: string, kind = 'WEBHOOK'): Promise<{ id: string; token: string }> {
  const d = await gql<{ createServer: { token: string; server: { id: string } } }>(
    'mutation($input: CreateServerInput!) { createServer(input: $input) { token server { id } } }',
    { input: { name, kind } },
    admin,
  );
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
  const d = await gql<{ globalStats: { used: string } }>('{ globalStats { used } }', {}, admin);
  return BigInt(d.globalStats.used);
}

/** The sum of the hourly chart the dashboards draw (the last 24 whole hours, this one included). */
export async function seriesTotal(token: string): Promise<bigint> {
  const from = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 23 * 3_600_000).toISOString();
  const d = await gql<{ usageSeries: { total: string }[] }>('query($from: DateTime) { usageSeries(bucket: HOUR, from: $from) { total } }', { from }, token);
  return d.usageSeries.reduce((s, p) => s + BigInt(p.total), 0n);
}

export async function settings(admin: string): Promise<{ trackingEnabled: boolean; retentionDays: number }> {
  return (await gql<{ settings: { trackingEnabled: boolean; retentionDays: number } }>('{ settings { trackingEnabled retentionDays } }', {}, admin)).settings;
}

export interface SettingsInput {
  trackingEnabled?: boolean;
  retentionDays?: number;
  enforcementIntervalMinutes?: number;
  alertWebhookUrl?: string | null;
  alertWebhookSecret?: string | null;
  agentsCanResetUsers?: boolean;
  timeZone?: string;
}

export async function updateSettings(admin: string, input: SettingsInput): Promise<void> {
  await gql('mutation($input: SettingsInput!) { updateSettings(input: $input) { trackingEnabled } }', { input }, admin);
}

export interface LimitSettings {
  enforcementIntervalMinutes: number;
  alertWebhookUrl: string | null;
  alertWebhookSecretSet: boolean;
}

export async function limitSettings(admin: string): Promise<LimitSettings> {
  return (await gql<{ settings: LimitSettings }>('{ settings { enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet } }', {}, admin)).settings;
}

/** An agent's standing as the API reports it (ADMIN or the agent itself). */
export async function agentTraffic(
  token: string,
  agentId: string,
): Promise<{ limit: string | null; charged: string; remaining: string | null; exceeded: boolean; suspendedUsers: number }> {
  const d = await gql<{ agentTraffic: { limit: string | null; charged: string; remaining: string | null; exceeded: boolean; suspendedUsers: number } }>(
    'query($a: ID!) { agentTraffic(agentId: $a) { limit charged remaining exceeded suspendedUsers } }',
    { a: agentId },
    token,
  );
  return d.agentTraffic;
}

/** Reset settings: whether agents may reset their users, and the default zone. */
export async function resetSettings(admin: string): Promise<{ agentsCanResetUsers: boolean; timeZone: string }> {
  return (await gql<{ settings: { agentsCanResetUsers: boolean; timeZone: string } }>('{ settings { agentsCanResetUsers timeZone } }', {}, admin)).settings;
}

/** A user's period counters (ADMIN or its agent). */
export async function userUsed(token: string, id: string): Promise<{ used: string; lifetime: string; status: string }> {
  const d = await gql<{ user: { used: string; lifetime: string; status: string } }>('query($id: ID!) { user(id: $id) { used lifetime status } }', { id }, token);
  return d.user;
}

/** Resets one user's period usage "from another session"; answers the audited event. */
export async function resetUserTraffic(token: string, userId: string, reason?: string): Promise<{ id: string; ok: boolean; bytesCleared: string }> {
  const d = await gql<{ resetUserTraffic: { id: string; ok: boolean; bytesCleared: string } }>(
    'mutation($u: ID!, $r: String) { resetUserTraffic(userId: $u, reason: $r) { id ok bytesCleared } }',
    { u: userId, r: reason ?? null },
    token,
  );
  return d.resetUserTraffic;
}

/** Every reset schedule (ADMIN), e.g. to clean up after a spec. */
export async function resetSchedules(admin: string): Promise<{ id: string; name: string; enabled: boolean; cron: string; timeZone: string }[]> {
  return (await gql<{ resetSchedules: { id: string; name: string; enabled: boolean; cron: string; timeZone: string }[] }>('{ resetSchedules { id name enabled cron timeZone } }', {}, admin))
    .resetSchedules;
}

/** Sets (or, with null, removes) an agent's traffic limit "from another session". */
export async function setAgentTrafficLimit(admin: string, agentId: string, limit: string | null): Promise<void> {
  await gql('mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }', { a: agentId, l: limit }, admin);
}

/** A speed profile (ADMIN), e.g. a slow throttle speed. */
export async function createSpeedProfile(admin: string, input: { name: string; up: string; down: string }): Promise<{ id: string; name: string }> {
  const d = await gql<{ createSpeedProfile: { id: string; name: string } }>(
    'mutation($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id name } }',
    { input },
    admin,
  );
  return d.createSpeedProfile;
}

export async function deleteSpeedProfile(admin: string, id: string): Promise<void> {
  await gql('mutation($id: ID!) { deleteSpeedProfile(id: $id) }', { id }, admin);
}

/** A user's over-limit fields as the API keeps them. */
export async function userChoice(token: string, id: string): Promise<{ status: string; overLimitAction: string | null; throttleProfileId: string | null; throttled: boolean }> {
  const d = await gql<{ user: { status: string; overLimitAction: string | null; throttleProfileId: string | null; throttled: boolean } }>(
    'query($id: ID!) { user(id: $id) { status overLimitAction throttleProfileId throttled } }',
    { id },
    token,
  );
  return d.user;
}

/** Our users' logins on the routers, as the API reports them (held = cut off by us). */
export async function routerLogins(token: string, routerId?: string): Promise<{ username: string; held: boolean; throttled: boolean; state: string; userStatus: string; kind: string }[]> {
  const d = await gql<{ routerLogins: { username: string; held: boolean; throttled: boolean; state: string; userStatus: string; kind: string }[] }>(
    'query($r: ID) { routerLogins(routerId: $r) { username held throttled state userStatus kind } }',
    { r: routerId ?? null },
    token,
  );
  return d.routerLogins;
}
