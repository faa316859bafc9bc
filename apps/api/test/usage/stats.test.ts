import { makeAgent, makeUser, unique } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

const CREATE_SERVER = `mutation($input: CreateServerInput!) { createServer(input: $input) { token server { id name } } }`;
const GLOBAL_STATS = `{ globalStats { users agents servers used up down lifetime samples } }`;
const DATABASE_INFO = `{ databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt } }`;
const USER_USAGE = `query($userId: ID!, $days: Int) { userUsage(userId: $userId, days: $days) { serverId serverName protocol up down total samples lastSeenAt } }`;
const SERIES = `query($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {
  usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { at up down total }
}`;
const TOP = `query($first: Int) { topUsers(first: $first) { id username agentId used up down } }`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Whole seconds: MariaDB's DATETIME keeps no fractions. */
const nowSec = () => new Date(Math.floor(Date.now() / 1000) * 1000);
const iso = (ms: number) => new Date(ms).toISOString();

describe(`usage stats (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const q = async (sql: string, params: unknown[] = []) => app.c.ds.query(sql, params);
  const count = async (sql: string) => Number((await q(sql))[0].n);

  async function makeServer(name = unique('srv')) {
    const { createServer } = ok(await app.gql(CREATE_SERVER, { input: { name } }, admin()));
    return { id: Number(createServer.server.id), gid: createServer.server.id as string, name, token: createServer.token as string };
  }
  async function send(serverId: number, samples: Record<string, unknown>[]) {
    const r = await app.c.services.ingest.ingest(serverId, samples);
    expect(r).toEqual({ accepted: samples.length, duplicates: 0, rejected: [] });
  }
  const series = async (vars: Record<string, unknown>, as: { token: string }) =>
    ok(await app.gql(SERIES, vars, as)).usageSeries as { at: string; up: string; down: string; total: string }[];
  const totals = (points: { total: string }[]) => points.map((p) => Number(p.total));

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('globalStats and databaseInfo equal what was sent, for admins only', async () => {
    const before = ok(await app.gql(GLOBAL_STATS, {}, admin())).globalStats;
    const a = await makeAgent(app);
    const u1 = await makeUser(app, a.as);
    const u2 = await makeUser(app, admin());
    const s = await makeServer();
    const now = nowSec().getTime();
    const t = [now - 5 * HOUR, now - 3 * HOUR, now - 1000];
    // Through the real webhook (Xpert payload) and through the service.
    const res = await fetch(`${app.url}/api/traffic/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-server-token': s.token },
      body: JSON.stringify([
        { user_token: u1.token, protocol: 'vless', bytes_uploaded: 1000, bytes_downloaded: 2000, at: iso(t[0]) },
        { user_token: u2.username, protocol: 'vmess', bytes_uploaded: 300, bytes_downloaded: 400, at: iso(t[1]) },
      ]),
    });
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    const big = 2n ** 60n + 1n; // past 2^53: must stay exact end to end
    await send(s.id, [{ user: u1.username, protocol: 'trojan', up: big.toString(), down: '5', at: iso(t[2]) }]);

    const after = ok(await app.gql(GLOBAL_STATS, {}, admin())).globalStats;
    const up = 1000n + 300n + big;
    const down = 2000n + 400n + 5n;
    expect(after).toEqual({
      users: before.users + 2,
      agents: before.agents + 1,
      servers: before.servers + 1,
      up: (BigInt(before.up) + up).toString(),
      down: (BigInt(before.down) + down).toString(),
      used: (BigInt(before.used) + up + down).toString(),
      lifetime: (BigInt(before.lifetime) + up + down).toString(),
      samples: before.samples + 3,
    });
    expect(after.users).toBe(await count('SELECT COUNT(*) AS n FROM users'));

    const info = ok(await app.gql(DATABASE_INFO, {}, admin())).databaseInfo;
    expect(info.database).toBe(TEST_DB);
    const rows = new Map(info.tables.map((x: { name: string; rows: number }) => [x.name, x.rows]));
    expect(rows.get('samples')).toBe(3);
    expect(rows.get('users')).toBe(await count('SELECT COUNT(*) AS n FROM users'));
    expect(rows.get('usage_hourly')).toBe(await count('SELECT COUNT(*) AS n FROM usage_hourly'));
    expect(rows.get('accounts')).toBe(await count('SELECT COUNT(*) AS n FROM accounts'));
    expect(BigInt(info.sizeBytes)).toBeGreaterThan(0n);
    expect(info).toMatchObject({ uniqueUsers: 2, uniqueServers: 1, retentionDays: 90, oldestSampleAt: iso(t[0]), newestSampleAt: iso(t[2]) });

    expect(codeOf(await app.gql(GLOBAL_STATS, {}, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(DATABASE_INFO, {}, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(GLOBAL_STATS, {}))).toBe('UNAUTHENTICATED');
  });

  it('userUsage: per server × protocol over the last N days, scoped like users', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const s1 = await makeServer(unique('edge-'));
    const s2 = await makeServer(unique('core-'));
    const now = nowSec().getTime();
    await send(s1.id, [
      { user: u.username, protocol: 'vless', up: 100, down: 200, at: iso(now - 2 * HOUR) },
      { user: u.token, protocol: 'VLESS', up: 10, down: 20, at: iso(now - HOUR) },
      { user: u.username, protocol: 'trojan', up: 1, down: 2, at: iso(now - 30 * 60_000) },
    ]);
    await send(s2.id, [
      { user: u.username, protocol: 'vless', up: 1000, down: 2000, at: iso(now - 3 * DAY) },
      { user: u.username, protocol: 'ssh', up: 5, down: 5, at: iso(now - 40 * DAY) },
    ]);
    const row = (s: { gid: string; name: string }, protocol: string, up: number, down: number, samples: number, last: number) => ({
      serverId: s.gid,
      serverName: s.name,
      protocol,
      up: String(up),
      down: String(down),
      total: String(up + down),
      samples,
      lastSeenAt: iso(last),
    });
    const last30 = [
      row(s2, 'vless', 1000, 2000, 1, now - 3 * DAY),
      row(s1, 'vless', 110, 220, 2, now - HOUR),
      row(s1, 'trojan', 1, 2, 1, now - 30 * 60_000),
    ];
    expect(ok(await app.gql(USER_USAGE, { userId: u.id }, a.as)).userUsage).toEqual(last30);
    expect(ok(await app.gql(USER_USAGE, { userId: u.id, days: 30 }, admin())).userUsage).toEqual(last30);
    expect(ok(await app.gql(USER_USAGE, { userId: u.id, days: 60 }, a.as)).userUsage).toEqual([last30[0], last30[1], row(s2, 'ssh', 5, 5, 1, now - 40 * DAY), last30[2]]);
    expect(ok(await app.gql(USER_USAGE, { userId: u.id, days: 1 }, a.as)).userUsage).toEqual(last30.slice(1));

    expect(codeOf(await app.gql(USER_USAGE, { userId: u.id }, b.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(USER_USAGE, { userId: '999999' }, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(USER_USAGE, { userId: u.id, days: 0 }, a.as))).toBe('BAD_USER_INPUT');
  });

  it('usageSeries: hour and day buckets, zero-filled, for a user, an agent and everything', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const a1 = await makeUser(app, a.as);
    const a2 = await makeUser(app, a.as);
    const b1 = await makeUser(app, b.as);
    const own = await makeUser(app, admin());
    const s = await makeServer();
    // A window in the past that no other test writes to, so global sums are exact.
    const base = Date.UTC(2021, 4, 10);
    await send(s.id, [
      { user: a1.username, protocol: 'vless', up: 100, down: 1, at: iso(base + 10 * 60_000) },
      { user: a1.username, protocol: 'trojan', up: 200, down: 2, at: iso(base + 2 * HOUR + 5 * 60_000) },
      { user: a2.username, protocol: 'vless', up: 50, down: 5, at: iso(base + 2 * HOUR + 30 * 60_000) },
      { user: b1.username, protocol: 'vless', up: 7, down: 7, at: iso(base + HOUR) },
      { user: own.username, protocol: 'vless', up: 1, down: 1, at: iso(base + 3 * HOUR + 59 * 60_000) },
      { user: a1.username, protocol: 'vless', up: 1000, down: 10, at: iso(base + DAY + HOUR) },
      { user: b1.username, protocol: 'vless', up: 3, down: 3, at: iso(base + 2 * DAY) },
    ]);
    const hours = { from: iso(base), to: iso(base + 4 * HOUR) };

    const user = await series({ userId: a1.id, ...hours }, a.as);
    expect(user).toEqual([0, 1, 2, 3].map((i) => ({ at: iso(base + i * HOUR), ...[{ up: '100', down: '1', total: '101' }, { up: '0', down: '0', total: '0' }, { up: '200', down: '2', total: '202' }, { up: '0', down: '0', total: '0' }][i] })));
    expect(totals(await series({ agentId: a.id, ...hours }, admin()))).toEqual([101, 0, 257, 0]);
    expect(totals(await series({ agentId: a.id, ...hours }, a.as))).toEqual([101, 0, 257, 0]);
    expect(totals(await series(hours, a.as))).toEqual([101, 0, 257, 0]); // an agent without ids: itself
    expect(totals(await series(hours, b.as))).toEqual([0, 14, 0, 0]);
    expect(totals(await series(hours, admin()))).toEqual([101, 14, 257, 2]); // everything, admin-owned users included
    // `from` is rounded down to its bucket; `to` is exclusive.
    expect(totals(await series({ from: iso(base + 30 * 60_000), to: iso(base + 2 * HOUR) }, admin()))).toEqual([101, 14]);

    const days = { bucket: 'DAY', from: iso(base), to: iso(base + 3 * DAY) };
    const daily = await series({ userId: a1.id, ...days }, admin());
    expect(daily.map((p) => p.at)).toEqual([iso(base), iso(base + DAY), iso(base + 2 * DAY)]);
    expect(daily.map((p) => [p.up, p.down])).toEqual([['300', '3'], ['1000', '10'], ['0', '0']]);
    expect(totals(await series(days, admin()))).toEqual([374, 1010, 6]);
    expect(totals(await series({ agentId: b.id, ...days }, b.as))).toEqual([14, 0, 6]);

    // Another agent's user or agent is NOT_FOUND; bad windows are BAD_USER_INPUT.
    expect(codeOf(await app.gql(SERIES, { userId: b1.id, ...hours }, a.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SERIES, { agentId: b.id, ...hours }, a.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SERIES, { from: iso(base), to: iso(base + 1001 * HOUR) }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SERIES, { from: iso(base + HOUR), to: iso(base) }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SERIES, { userId: a1.id, agentId: a.id }, admin()))).toBe('BAD_USER_INPUT');
    expect((await series({ bucket: 'DAY', from: iso(base), to: iso(base + 1000 * DAY) }, admin())).length).toBe(1000);
  });

  it('usageSeries defaults to the last 24 hours / 30 days, ending with the current bucket', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const s = await makeServer();
    const now = nowSec();
    await send(s.id, [{ user: u.username, up: 40, down: 2, at: now.toISOString() }]);
    const hourly = await series({ userId: u.id }, a.as);
    expect(hourly).toHaveLength(24);
    const thisHour = Math.floor(now.getTime() / HOUR) * HOUR;
    expect(hourly.map((p) => p.at)).toEqual(Array.from({ length: 24 }, (_, i) => iso(thisHour - (23 - i) * HOUR)));
    expect(totals(hourly)).toEqual([...Array(23).fill(0), 42]);
    const daily = await series({ userId: u.id, bucket: 'DAY' }, a.as);
    expect(daily).toHaveLength(30);
    expect(daily[29]).toEqual({ at: iso(Math.floor(now.getTime() / DAY) * DAY), up: '40', down: '2', total: '42' });
  });

  it('topUsers: ordered by period usage, an agent sees only its own', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const [a1, a2, a3, a4] = [await makeUser(app, a.as), await makeUser(app, a.as), await makeUser(app, a.as), await makeUser(app, a.as)];
    const b1 = await makeUser(app, b.as);
    const s = await makeServer();
    await send(s.id, [
      { user: a1.username, up: 3000, down: 0 },
      { user: a2.username, up: 1000, down: 4000 },
      { user: a3.username, up: 0, down: 1000 },
      { user: b1.username, up: 4000, down: 0 },
    ]);
    const top = ok(await app.gql(TOP, {}, a.as)).topUsers;
    expect(top.map((u: { id: string }) => u.id)).toEqual([a2.id, a1.id, a3.id, a4.id]);
    expect(top[0]).toMatchObject({ username: a2.username, agentId: a.id, used: '5000', up: '1000', down: '4000' });
    expect(ok(await app.gql(TOP, { first: 2 }, a.as)).topUsers.map((u: { id: string }) => u.id)).toEqual([a2.id, a1.id]);
    expect(ok(await app.gql(TOP, {}, b.as)).topUsers.map((u: { id: string }) => u.id)).toEqual([b1.id]);

    // Admins: everyone, in the order the counters say (ties by id).
    const expected: { id: number }[] = await q('SELECT id FROM users ORDER BY up_bytes + down_bytes DESC, id ASC');
    const all = ok(await app.gql(TOP, { first: 100 }, admin())).topUsers;
    expect(all.map((u: { id: string }) => Number(u.id))).toEqual(expected.slice(0, 100).map((r) => Number(r.id)));
    const used = all.map((u: { used: string }) => BigInt(u.used));
    expect(used).toEqual([...used].sort((x: bigint, y: bigint) => (x === y ? 0 : x > y ? -1 : 1)));
    expect(ok(await app.gql(TOP, {}, admin())).topUsers).toHaveLength(Math.min(10, expected.length));

    expect(codeOf(await app.gql(TOP, { first: 101 }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(TOP, { first: 0 }, a.as))).toBe('BAD_USER_INPUT');
  });
});
