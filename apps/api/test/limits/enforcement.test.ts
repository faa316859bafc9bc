import { registerJobs } from '../../src/jobs';
import { AccountEntity } from '../../src/modules/accounts/account.entity';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, sendBytes, statusOf, trafficOf } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer, postWebhook } from '../support/traffic';
import { subscribe } from '../support/ws-client';

jest.setTimeout(120_000);

const SET_LIMIT = 'mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id trafficLimit } }';
const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status } }';
const STATUS_CHANGES = 'subscription { userStatusChanged { userId agentId from to reason } }';

describe(`enforcement (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });

  beforeAll(async () => {
    app = await startTestApp({ env: { JOBS_PROCESS_EVERY: '100 ms' } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('ingest pushes an agent over its limit → its active users are SUSPENDED at once; raising the limit resumes exactly those', async () => {
    const server = await makeServer(app);
    const a = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const other = await makeAgent(app);
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await makeUser(app, a.as, { dataLimit: String(3 * GB) }));
    const byHand = await makeUser(app, a.as, { dataLimit: String(GB) });
    ok(await app.gql(UPDATE_USER, { id: byHand.id, input: { status: 'DISABLED' } }, a.as));
    const bystander = await makeUser(app, other.as);
    const agentFeed = await subscribe(app.wsUrl, STATUS_CHANGES, a.token);
    const otherFeed = await subscribe(app.wsUrl, STATUS_CHANGES, other.token);

    // 4 × 2.25 GB = 9 GB leaves the agent (and every user) under its line; two more half-GBs reach 10 GB.
    for (const u of users) await sendBytes(app, server.token, u.token, 2.25 * GB);
    await app.c.services.enforcement.settled();
    expect(await trafficOf(app, a.id)).toMatchObject({ exceeded: false, activeUsers: 4 });
    await sendBytes(app, server.token, users[0].token, 0.5 * GB);
    await sendBytes(app, server.token, users[1].token, 0.5 * GB);
    const t = await eventually(() => trafficOf(app, a.id), (v) => v.suspendedUsers === 4);
    expect(t).toMatchObject({ exceeded: true, charged: String(10 * GB), activeUsers: 0, suspendedUsers: 4, disabledUsers: 1 });
    expect(await statusOf(app, byHand.id)).toBe('DISABLED');
    expect(await statusOf(app, bystander.id)).toBe('ACTIVE');

    const suspended = await agentFeed.next();
    expect(suspended.userStatusChanged.map((c: { userId: string }) => c.userId).sort()).toEqual(users.map((u) => u.id).sort());
    expect(suspended.userStatusChanged[0]).toMatchObject({ agentId: a.id, from: 'ACTIVE', to: 'SUSPENDED', reason: 'AGENT_LIMIT' });

    // An operator can't wake a suspended user by hand while the agent is over: it is suspended again.
    expect(ok(await app.gql(UPDATE_USER, { id: users[2].id, input: { status: 'ACTIVE' } }, admin())).updateUser.status).toBe('SUSPENDED');
    expect((await agentFeed.next()).userStatusChanged).toEqual([{ userId: users[2].id, agentId: a.id, from: 'ACTIVE', to: 'SUSPENDED', reason: 'AGENT_LIMIT' }]);

    ok(await app.gql(SET_LIMIT, { a: a.id, l: String(20 * GB) }, admin()));
    for (const u of users) expect(await statusOf(app, u.id)).toBe('ACTIVE');
    expect(await statusOf(app, byHand.id)).toBe('DISABLED');
    const resumed = await agentFeed.next();
    expect(resumed.userStatusChanged).toHaveLength(4);
    expect(resumed.userStatusChanged[0]).toMatchObject({ from: 'SUSPENDED', to: 'ACTIVE', reason: 'RESUMED' });
    expect(otherFeed.pending()).toHaveLength(0);
    await agentFeed.close();
    await otherFeed.close();
  });

  it('removing the limit resumes; lowering it under the usage suspends again at once', async () => {
    const server = await makeServer(app);
    const a = await makeAgent(app, { trafficLimit: String(GB) });
    const u = await makeUser(app, a.as, { dataLimit: String(GB) });
    await sendBytes(app, server.token, u.token, GB / 2);
    ok(await app.gql(SET_LIMIT, { a: a.id, l: String(GB / 4) }, admin()));
    expect(await statusOf(app, u.id)).toBe('SUSPENDED');
    ok(await app.gql(SET_LIMIT, { a: a.id, l: null }, admin()));
    expect(await statusOf(app, u.id)).toBe('ACTIVE');
  });

  it('a user over its own data limit becomes LIMITED; raising its limit makes it ACTIVE again', async () => {
    const server = await makeServer(app);
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as, { dataLimit: String(GB) });
    await sendBytes(app, server.token, u.token, GB);
    await eventually(() => statusOf(app, u.id), (s) => s === 'LIMITED');
    expect(ok(await app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: String(2 * GB) } }, a.as)).updateUser.status).toBe('ACTIVE');
  });

  it('checkAgent and checkAllAgents enforce what no ingest reported (counters changed behind its back)', async () => {
    const a = await makeAgent(app, { trafficLimit: String(GB) });
    const b = await makeAgent(app, { trafficLimit: String(GB) });
    const ua = await makeUser(app, a.as, { dataLimit: String(GB / 2) });
    const ub = await makeUser(app, b.as, { dataLimit: String(GB / 2) });
    await app.c.ds.getRepository(AccountEntity).update({ id: Number(a.id) }, { chargedBytes: BigInt(GB) });
    await app.c.ds.getRepository(AccountEntity).update({ id: Number(b.id) }, { chargedBytes: BigInt(GB) });

    expect(codeOf(await app.gql('mutation($a: ID!) { checkAgent(agentId: $a) { agentId } }', { a: b.id }, a.as))).toBe('NOT_FOUND');
    const own = ok(await app.gql('mutation($a: ID!) { checkAgent(agentId: $a) { exceeded suspendedUsers } }', { a: a.id }, a.as)).checkAgent;
    expect(own).toEqual({ exceeded: true, suspendedUsers: 1 });
    expect(await statusOf(app, ub.id)).toBe('ACTIVE');

    expect(codeOf(await app.gql('mutation { checkAllAgents { agentId } }', {}, a.as))).toBe('FORBIDDEN');
    const all = ok(await app.gql('mutation { checkAllAgents { agentId suspendedUsers } }', {}, admin())).checkAllAgents;
    expect(all).toContainEqual({ agentId: b.id, suspendedUsers: 1 });
    expect(await statusOf(app, ua.id)).toBe('SUSPENDED');
    expect(await statusOf(app, ub.id)).toBe('SUSPENDED');
  });

  it('the periodic check runs through Agenda (our TypeORM backend), at the interval from the settings', async () => {
    const a = await makeAgent(app, { trafficLimit: String(GB) });
    const u = await makeUser(app, a.as, { dataLimit: String(GB / 2) });
    await app.c.ds.getRepository(AccountEntity).update({ id: Number(a.id) }, { chargedBytes: BigInt(2 * GB) });
    expect(await statusOf(app, u.id)).toBe('ACTIVE');

    ok(await app.gql('mutation { updateSettings(input: { enforcementIntervalMinutes: 7 }) { enforcementIntervalMinutes } }', {}, admin()));
    await registerJobs(app.c);
    const jobs = await app.c.jobs.list();
    expect(jobs.find((j) => j.name === 'limits.check-agents')?.repeatInterval).toBe('7 minutes');
    await app.c.jobs.start();
    try {
      await eventually(() => statusOf(app, u.id), (s) => s === 'SUSPENDED');
      const ran = await eventually(() => app.c.jobs.list(), (list) => Boolean(list.find((j) => j.name === 'limits.check-agents')?.lastFinishedAt));
      expect(ran.find((j) => j.name === 'limits.check-agents')!.failCount).toBe(0);

      // A new interval takes effect at once: the job runs now and then every 9 minutes, not at the old next run.
      const changedAt = Date.now();
      ok(await app.gql('mutation { updateSettings(input: { enforcementIntervalMinutes: 9 }) { enforcementIntervalMinutes } }', {}, admin()));
      const re = await eventually(
        () => app.c.jobs.list(),
        (list) => {
          const j = list.find((x) => x.name === 'limits.check-agents');
          return j?.repeatInterval === '9 minutes' && (j.lastFinishedAt?.getTime() ?? 0) >= changedAt;
        },
      );
      const next = re.find((j) => j.name === 'limits.check-agents')!.nextRunAt!.getTime();
      expect(next - changedAt).toBeGreaterThan(8 * 60_000);
      expect(next - changedAt).toBeLessThan(10 * 60_000);
    } finally {
      await app.c.jobs.stop();
    }
  });

  it('many senders at once against agents near their line: every active user of an over-limit agent ends SUSPENDED', async () => {
    const servers = await Promise.all([makeServer(app), makeServer(app), makeServer(app), makeServer(app)]);
    const agents = await Promise.all(Array.from({ length: 4 }, () => makeAgent(app, { trafficLimit: String(GB) })));
    const users: { token: string; id: string; agent: number }[] = [];
    for (const [i, a] of agents.entries()) {
      for (let k = 0; k < 5; k++) users.push({ ...(await makeUser(app, a.as, { dataLimit: String(GB) })), agent: i });
    }
    // Agents 0 and 1 receive 1.2 GB in 40 slices from 4 servers in parallel; agents 2 and 3 only 0.8 GB.
    const slices = users.flatMap((u) => Array.from({ length: 8 }, (_, k) => ({ u, bytes: (u.agent < 2 ? 1.2 : 0.8) * GB / 40, k })));
    await Promise.all(
      slices.map((s, i) =>
        postWebhook(app, servers[i % 4].token, JSON.stringify([{ user_token: s.u.token, bytes_uploaded: 0, bytes_downloaded: Math.round(s.bytes) }])),
      ),
    );
    await app.c.services.enforcement.settled();
    for (const [i, a] of agents.entries()) {
      const t = await trafficOf(app, a.id);
      if (i < 2) expect(t).toMatchObject({ exceeded: true, activeUsers: 0, suspendedUsers: 5 });
      else expect(t).toMatchObject({ exceeded: false, activeUsers: 5, suspendedUsers: 0 });
    }
  });
});
