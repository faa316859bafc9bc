import { ok, type TestApp } from './test-app';
import { postWebhook } from './traffic';

export const EVENT_FIELDS = 'id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at';
export const RESET_USER = `mutation($id: ID!, $r: String) { resetUserTraffic(userId: $id, reason: $r) { ${EVENT_FIELDS} snapshot } }`;
export const RESET_SERVER = `mutation($id: ID!, $r: String) { resetServerTraffic(serverId: $id, reason: $r) { ${EVENT_FIELDS} snapshot } }`;
export const RESET_AGENT = `mutation($id: ID!, $r: String) { resetAgentUsage(agentId: $id, reason: $r) { ${EVENT_FIELDS} snapshot } }`;
export const RESET_ALL = `mutation($c: String!, $r: String) { resetAllTraffic(confirm: $c, reason: $r) { ${EVENT_FIELDS} snapshot } }`;
export const DELETE_DEPLETED = `mutation($s: ID) { deleteDepletedUsers(serverId: $s) { ${EVENT_FIELDS} snapshot } }`;
export const RESET_EVENTS = `query($f: ResetEventFilter, $first: Int) { resetEvents(filter: $f, first: $first) { totalCount nodes { ${EVENT_FIELDS} } } }`;

/** Sends up and down bytes for one user through the real webhook; the answer must accept them. */
export async function sendTraffic(app: TestApp, serverToken: string, userToken: string, up: number, down: number) {
  const res = await postWebhook(app, serverToken, JSON.stringify([{ user_token: userToken, bytes_uploaded: up, bytes_downloaded: down }]));
  if (res.status !== 200 || res.body.accepted !== 1) throw new Error(`webhook refused: ${res.status} ${JSON.stringify(res.body)}`);
}

type Row = Record<string, string>;

/** Every counter in the database, as decimal strings, keyed for comparison (what a failed reset must leave as it was). */
export async function allCounters(app: TestApp) {
  const q = async (sql: string): Promise<Row[]> =>
    ((await app.c.ds.query(sql)) as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
  return {
    users: await q('SELECT id, up_bytes, down_bytes, lifetime_bytes, alert_level, status FROM users ORDER BY id'),
    userServers: await q('SELECT user_id, server_id, up_bytes, down_bytes, lifetime_up, lifetime_down FROM user_server_usage ORDER BY user_id, server_id'),
    agents: await q('SELECT id, charged_bytes, allocated_bytes, lifetime_bytes, alert_level FROM accounts ORDER BY id'),
    servers: await q('SELECT id, up_bytes, down_bytes, lifetime_bytes FROM servers ORDER BY id'),
    system: await q('SELECT up_bytes, down_bytes, lifetime_bytes FROM system_counters'),
  };
}

export async function userCounters(app: TestApp, userId: string) {
  return ok(await app.gql('query($id: ID!) { user(id: $id) { used up down lifetime status nextResetAt lastResetAt } }', { id: userId }, { token: app.adminToken })).user;
}

export async function globalStats(app: TestApp) {
  return ok(await app.gql('{ globalStats { used lifetime } }', {}, { token: app.adminToken })).globalStats;
}
