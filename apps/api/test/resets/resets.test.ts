import { makeAgent, makeUser } from '../support/factories';
import { GB, sendBytes, statusOf, trafficOf } from '../support/limits';
import { DELETE_DEPLETED, RESET_AGENT, RESET_ALL, RESET_EVENTS, RESET_SERVER, RESET_USER, allCounters, globalStats, sendTraffic, userCounters } from '../support/resets';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer } from '../support/traffic';
import { subscribe } from '../support/ws-client';

jest.setTimeout(120_000);

const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status } }';
const SETTINGS = 'mutation($i: SettingsInput!) { updateSettings(input: $i) { agentsCanResetUsers } }';

describe(`resets (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const agentLifetime = async (id: string) => String((await app.c.ds.query('SELECT lifetime_bytes AS l FROM accounts WHERE id = ?', [Number(id)]))[0].l);
  const usageRow = async (userId: string, serverId: string) => {
    const [row] = await app.c.ds.query('SELECT up_bytes AS up, down_bytes AS down, lifetime_up AS lu, lifetime_down AS ld FROM user_server_usage WHERE user_id = ? AND server_id = ?', [
      Number(userId),
      Number(serverId),
    ]);
    return { up: String(row.up), down: String(row.down), lifetimeUp: String(row.lu), lifetimeDown: String(row.ld) };
  };

  it('a user: its period usage on every server is zeroed, lifetime stays, its agent’s charged usage stays; snapshot and audit are exact', async () => {
    const [s1, s2] = [await makeServer(app), await makeServer(app)];
    const agent = await makeAgent(app);
    const user = await makeUser(app, agent.as);
    const other = await makeUser(app, agent.as);
    await sendTraffic(app, s1.token, user.token, 1_000_003, 2_000_005);
    await sendTraffic(app, s2.token, user.token, 30_007, 40_009);
    await sendTraffic(app, s1.token, other.token, 11, 13);
    const agentBefore = await trafficOf(app, agent.id);
    const statsBefore = await globalStats(app);

    const e = ok(await app.gql(RESET_USER, { id: user.id, r: 'monthly renewal' }, admin())).resetUserTraffic;
    expect(e).toMatchObject({
      scope: 'USER',
      targetId: user.id,
      targetLabel: user.username,
      actorKind: 'ACCOUNT',
      actorLabel: 'root-admin',
      trigger: 'MANUAL',
      reason: 'monthly renewal',
      ok: true,
      error: null,
      affectedUsers: 1,
      bytesCleared: String(1_000_003 + 2_000_005 + 30_007 + 40_009),
    });
    expect(e.snapshot.users).toEqual([{ id: Number(user.id), label: user.username, up: '1030010', down: '2040014' }]);
    expect(e.snapshot.userServers).toEqual([
      { userId: Number(user.id), serverId: Number(s1.id), label: `${user.username} @ ${s1.name}`, up: '1000003', down: '2000005' },
      { userId: Number(user.id), serverId: Number(s2.id), label: `${user.username} @ ${s2.name}`, up: '30007', down: '40009' },
    ]);
    expect(e.snapshot).toMatchObject({ servers: [], agents: [], system: null, truncated: false });

    expect(await userCounters(app, user.id)).toMatchObject({ used: '0', up: '0', down: '0', lifetime: '3070024' });
    expect(await usageRow(user.id, s1.id)).toEqual({ up: '0', down: '0', lifetimeUp: '1000003', lifetimeDown: '2000005' });
    expect(await userCounters(app, other.id)).toMatchObject({ used: '24' });
    // Invariant 2: the agent's charged usage and every lifetime stay.
    expect((await trafficOf(app, agent.id)).charged).toBe(agentBefore.charged);
    expect(await agentLifetime(agent.id)).toBe('3070048');
    expect(await globalStats(app)).toEqual(statsBefore);

    const audit = ok(await app.gql(RESET_EVENTS, { f: { userId: user.id } }, admin())).resetEvents;
    expect(audit.totalCount).toBe(1);
    expect(audit.nodes[0]).toMatchObject({ id: e.id, ok: true, bytesCleared: e.bytesCleared });
  });

  it('a server: the usage its users made there is taken off them, the server’s period zeroed; other servers untouched', async () => {
    const [a, b] = [await makeServer(app), await makeServer(app)];
    const u1 = await makeUser(app, admin());
    const u2 = await makeUser(app, admin());
    await sendTraffic(app, a.token, u1.token, 100, 200);
    await sendTraffic(app, b.token, u1.token, 5, 7);
    await sendTraffic(app, a.token, u2.token, 1_000, 3_000);
    const bBefore = await usageRow(u1.id, b.id);

    const e = ok(await app.gql(RESET_SERVER, { id: a.id }, admin())).resetServerTraffic;
    expect(e).toMatchObject({ scope: 'SERVER', targetId: a.id, targetLabel: a.name, ok: true, affectedUsers: 2, bytesCleared: '4300' });
    expect(e.snapshot.userServers).toEqual([
      { userId: Number(u1.id), serverId: Number(a.id), label: `${u1.username} @ ${a.name}`, up: '100', down: '200' },
      { userId: Number(u2.id), serverId: Number(a.id), label: `${u2.username} @ ${a.name}`, up: '1000', down: '3000' },
    ]);
    expect(e.snapshot.users).toEqual([
      { id: Number(u1.id), label: u1.username, up: '105', down: '207' },
      { id: Number(u2.id), label: u2.username, up: '1000', down: '3000' },
    ]);
    expect(e.snapshot.servers).toEqual([{ id: Number(a.id), label: a.name, up: '1100', down: '3200' }]);

    expect(await userCounters(app, u1.id)).toMatchObject({ up: '5', down: '7', lifetime: '312' });
    expect(await userCounters(app, u2.id)).toMatchObject({ used: '0', lifetime: '4000' });
    expect(await usageRow(u1.id, a.id)).toEqual({ up: '0', down: '0', lifetimeUp: '100', lifetimeDown: '200' });
    expect(await usageRow(u1.id, b.id)).toEqual(bBefore);
    const [server] = await app.c.ds.query('SELECT up_bytes AS up, down_bytes AS down, lifetime_bytes AS life FROM servers WHERE id = ?', [Number(a.id)]);
    expect([String(server.up), String(server.down), String(server.life)]).toEqual(['0', '0', '4300']);
  });

  it('an agent: charged usage zeroed, lifetime kept, exactly what its limit suspended resumes', async () => {
    const server = await makeServer(app);
    const agent = await makeAgent(app, { trafficLimit: String(3 * GB) });
    const limit = { dataLimit: String(2 * GB) };
    const [u1, u2, byHand] = [await makeUser(app, agent.as, limit), await makeUser(app, agent.as, limit), await makeUser(app, agent.as, limit)];
    ok(await app.gql(UPDATE_USER, { id: byHand.id, input: { status: 'DISABLED' } }, admin()));
    await sendBytes(app, server.token, u1.token, 1.5 * GB);
    await sendBytes(app, server.token, u2.token, 1.5 * GB);
    await app.c.services.enforcement.settled();
    expect(await statusOf(app, u1.id)).toBe('SUSPENDED');

    const e = ok(await app.gql(RESET_AGENT, { id: agent.id, r: 'bought a new package' }, admin())).resetAgentUsage;
    expect(e).toMatchObject({ scope: 'AGENT', targetLabel: agent.username, ok: true, affectedUsers: 3, bytesCleared: String(3 * GB) });
    expect(e.snapshot.agents).toEqual([{ id: Number(agent.id), label: agent.username, charged: String(3 * GB) }]);
    expect(await trafficOf(app, agent.id)).toMatchObject({ charged: '0', exceeded: false, activeUsers: 2, disabledUsers: 1 });
    expect(await agentLifetime(agent.id)).toBe(String(3 * GB));
    expect(await statusOf(app, u1.id)).toBe('ACTIVE');
    expect(await statusOf(app, byHand.id)).toBe('DISABLED');
    // The users' own period usage is not the agent's reset.
    expect((await userCounters(app, u1.id)).used).toBe(String(1.5 * GB));
  });

  it('everything needs the exact phrase: without it BAD_USER_INPUT, nothing reset, the refusal audited', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin());
    await sendTraffic(app, server.token, user.token, 10, 20);
    const before = await allCounters(app);
    for (const phrase of ['reset all', 'RESET  ALL', '', 'RESET ALL ']) {
      const r = await app.gql(RESET_ALL, { c: phrase }, admin());
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    expect(await allCounters(app)).toEqual(before);
    const refused = ok(await app.gql(RESET_EVENTS, { f: { scope: 'ALL', ok: false } }, admin())).resetEvents;
    expect(refused.totalCount).toBe(4);
    expect(refused.nodes[0].error).toContain('RESET ALL');
  });

  it('everything: every period counter zeroed with its before-value in the snapshot; lifetimes stay; LIMITED users back to ACTIVE', async () => {
    const server = await makeServer(app);
    const agent = await makeAgent(app);
    const limited = await makeUser(app, agent.as, { dataLimit: '1000' });
    await sendTraffic(app, server.token, limited.token, 600, 600);
    await app.c.services.enforcement.settled();
    expect(await statusOf(app, limited.id)).toBe('LIMITED');
    const before = await allCounters(app);
    const feed = await subscribe(app.wsUrl, 'subscription { userStatusChanged { userId from to } }', app.adminToken);

    const e = ok(await app.gql(RESET_ALL, { c: 'RESET ALL', r: 'new billing year' }, admin())).resetAllTraffic;
    expect(e).toMatchObject({ scope: 'ALL', ok: true, targetId: null });
    const sum = (rows: Record<string, string>[], ...cols: string[]) => rows.reduce((s, r) => s + cols.reduce((t, c) => t + BigInt(r[c]), 0n), 0n);
    expect(e.bytesCleared).toBe(String(sum(before.system, 'up_bytes', 'down_bytes')));
    expect(e.snapshot.system).toEqual({ up: before.system[0].up_bytes, down: before.system[0].down_bytes });
    expect(e.snapshot.counts.users).toBe(before.users.filter((u) => u.up_bytes !== '0' || u.down_bytes !== '0').length);
    expect(e.snapshot.counts.agents).toBe(before.agents.filter((a) => a.charged_bytes !== '0').length);
    const snapUsers = new Map(e.snapshot.users.map((u: { id: number; up: string; down: string }) => [String(u.id), [u.up, u.down]]));
    for (const u of before.users) if (snapUsers.has(u.id)) expect(snapUsers.get(u.id)).toEqual([u.up_bytes, u.down_bytes]);

    const after = await allCounters(app);
    for (const u of after.users) expect([u.up_bytes, u.down_bytes, u.alert_level]).toEqual(['0', '0', '0']);
    for (const us of after.userServers) expect([us.up_bytes, us.down_bytes]).toEqual(['0', '0']);
    for (const s of after.servers) expect([s.up_bytes, s.down_bytes]).toEqual(['0', '0']);
    for (const a of after.agents) expect(a.charged_bytes).toBe('0');
    // Lifetimes, allocations never move.
    expect(after.users.map((u) => u.lifetime_bytes)).toEqual(before.users.map((u) => u.lifetime_bytes));
    expect(after.userServers.map((u) => [u.lifetime_up, u.lifetime_down])).toEqual(before.userServers.map((u) => [u.lifetime_up, u.lifetime_down]));
    expect(after.agents.map((a) => [a.lifetime_bytes, a.allocated_bytes])).toEqual(before.agents.map((a) => [a.lifetime_bytes, a.allocated_bytes]));
    expect(after.servers.map((s) => s.lifetime_bytes)).toEqual(before.servers.map((s) => s.lifetime_bytes));
    expect(after.system[0]).toEqual({ up_bytes: '0', down_bytes: '0', lifetime_bytes: before.system[0].lifetime_bytes });
    expect(await globalStats(app)).toMatchObject({ used: '0', lifetime: before.system[0].lifetime_bytes });

    expect(await statusOf(app, limited.id)).toBe('ACTIVE');
    expect((await feed.next()).userStatusChanged).toContainEqual({ userId: limited.id, from: 'LIMITED', to: 'ACTIVE' });
    await feed.close();
  });

  it('a reset that fails midway changes nothing and is audited as failed', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin());
    await sendTraffic(app, server.token, user.token, 77, 88);
    const before = await allCounters(app);
    const snapshotRows = async () => Number((await app.c.ds.query('SELECT COUNT(*) AS n FROM reset_snapshot_rows'))[0].n);
    const rowsBefore = await snapshotRows();
    // The reset of everything writes users, then agents, then servers: a trigger on servers fails it after the users were zeroed.
    await app.c.ds.query(
      TEST_DB === 'sqlite'
        ? "CREATE TRIGGER tm_forced_failure BEFORE UPDATE ON servers BEGIN SELECT RAISE(ABORT, 'forced failure'); END"
        : "CREATE TRIGGER tm_forced_failure BEFORE UPDATE ON servers FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'forced failure'",
    );
    try {
      const e = ok(await app.gql(RESET_ALL, { c: 'RESET ALL', r: 'will fail' }, admin())).resetAllTraffic;
      expect(e).toMatchObject({ scope: 'ALL', ok: false, affectedUsers: 0, bytesCleared: '0', reason: 'will fail', snapshot: null });
      expect(e.error).toMatch(/nothing was changed/);
      const s = ok(await app.gql(RESET_SERVER, { id: server.id }, admin())).resetServerTraffic;
      expect(s).toMatchObject({ ok: false, snapshot: null });
    } finally {
      await app.c.ds.query('DROP TRIGGER tm_forced_failure');
    }
    expect(await allCounters(app)).toEqual(before);
    expect(await snapshotRows()).toBe(rowsBefore);
    const failed = ok(await app.gql(RESET_EVENTS, { f: { ok: false, trigger: 'MANUAL' }, first: 2 }, admin())).resetEvents.nodes;
    expect(failed.map((f: { scope: string }) => f.scope)).toEqual(['SERVER', 'ALL']);
  });

  it('an agent resets its own users (when settings allow), never another agent’s, nor agent or global counters; it sees only its own events', async () => {
    const server = await makeServer(app);
    const [a, b] = [await makeAgent(app), await makeAgent(app)];
    const mine = await makeUser(app, a.as);
    const theirs = await makeUser(app, b.as);
    await sendTraffic(app, server.token, mine.token, 500, 500);
    await sendTraffic(app, server.token, theirs.token, 300, 300);
    const allFeed = await subscribe(app.wsUrl, 'subscription { resetPerformed { id scope targetId ok } }', a.token);

    const own = ok(await app.gql(RESET_USER, { id: mine.id }, a.as)).resetUserTraffic;
    expect(own).toMatchObject({ ok: true, actorId: a.id, actorKind: 'ACCOUNT', bytesCleared: '1000' });
    expect((await trafficOf(app, a.id)).charged).toBe('1000');
    expect(await allFeed.next()).toEqual({ resetPerformed: { id: own.id, scope: 'USER', targetId: mine.id, ok: true } });

    expect(codeOf(await app.gql(RESET_USER, { id: theirs.id }, a.as))).toBe('NOT_FOUND');
    expect((await userCounters(app, theirs.id)).used).toBe('600');
    expect(codeOf(await app.gql(RESET_AGENT, { id: a.id }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESET_AGENT, { id: b.id }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESET_SERVER, { id: server.id }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESET_ALL, { c: 'RESET ALL' }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(DELETE_DEPLETED, {}, a.as))).toBe('FORBIDDEN');
    expect((await trafficOf(app, b.id)).charged).toBe('600');

    ok(await app.gql(SETTINGS, { i: { agentsCanResetUsers: false } }, admin()));
    expect(codeOf(await app.gql(RESET_USER, { id: mine.id }, a.as))).toBe('FORBIDDEN');
    expect(ok(await app.gql('{ canResetUsers }', {}, a.as)).canResetUsers).toBe(false);
    ok(await app.gql(SETTINGS, { i: { agentsCanResetUsers: true } }, admin()));

    // B's user reset by an admin: A neither sees it in the audit nor hears it.
    ok(await app.gql(RESET_USER, { id: theirs.id }, admin()));
    const seen = ok(await app.gql(RESET_EVENTS, {}, a.as)).resetEvents;
    expect(seen.nodes.map((n: { id: string }) => n.id)).toEqual([own.id]);
    expect(seen.totalCount).toBe(1);
    expect(ok(await app.gql(RESET_EVENTS, { f: { userId: theirs.id } }, b.as)).resetEvents.totalCount).toBe(1);
    expect(allFeed.pending()).toEqual([]);
    await allFeed.close();

    // Admins see the refused attempts, with who tried.
    const refused = ok(await app.gql(RESET_EVENTS, { f: { ok: false, scope: 'AGENT' } }, admin())).resetEvents.nodes;
    expect(refused[0]).toMatchObject({ actorId: a.id, ok: false });
  });

  it('bad input changes nothing: unknown ids, malformed ids, an over-long reason', async () => {
    const before = await allCounters(app);
    expect(codeOf(await app.gql(RESET_USER, { id: '999999' }, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(RESET_SERVER, { id: '999999' }, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(RESET_AGENT, { id: '1' }, admin()))).toBe('NOT_FOUND'); // the admin, not an agent
    expect(codeOf(await app.gql(RESET_USER, { id: 'abc' }, admin()))).toBe('BAD_USER_INPUT');
    const user = await makeUser(app, admin());
    expect(codeOf(await app.gql(RESET_USER, { id: user.id, r: 'x'.repeat(501) }, admin()))).toBe('BAD_USER_INPUT');
    expect(await allCounters(app)).toMatchObject({ servers: before.servers, system: before.system, agents: before.agents });
  });

  it('a server reset re-arms the alert thresholds its users no longer reach', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin(), { dataLimit: '1000' });
    await sendTraffic(app, server.token, user.token, 450, 450);
    await app.c.services.enforcement.settled();
    const level = async () => Number((await app.c.ds.query('SELECT alert_level AS l FROM users WHERE id = ?', [Number(user.id)]))[0].l);
    expect(await level()).toBe(90);
    ok(await app.gql(RESET_SERVER, { id: server.id }, admin()));
    expect(await level()).toBe(0);
  });
});
