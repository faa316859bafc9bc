import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent, makeUser } from '../support/factories';
import { eventually } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { subscribe } from '../support/ws-client';
import { ROUTER_ENV, addRouter, nextIp, nextMac, setLimit, startSim } from '../support/routers';

jest.setTimeout(60_000);

const FIELDS = 'id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate queueName limitUp limitDown assignmentId state';
const LIVE = `subscription($r: ID!) { activeSessions(routerId: $r) { ${FIELDS} } }`;
type Row = { macAddress: string; username: string | null; downloadRate: number; uploadRate: number; downloadBytes: string; limitDown: string | null; state: string | null };

describe(`live sessions (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string };
  const prints = () => sim.commands.filter((w) => w[0] === '/ip/hotspot/active/print').length;

  beforeAll(async () => {
    sim = await startSim();
    app = await startTestApp({ env: ROUTER_ENV });
    router = await addRouter(app, sim);
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('streams sessions with bytes and changing rates; one poller per router however many watch; none once they leave', async () => {
    const mac = nextMac();
    const user = await makeUser(app, { token: app.adminToken }, { macAddress: mac });
    sim.addSession({ user: user.username, address: nextIp(), macAddress: mac });
    sim.setTraffic(mac, { up: 200_000, down: 1_000_000 });
    try {
      const a = await subscribe<{ activeSessions: Row[] }>(app.wsUrl, LIVE, app.adminToken, { r: router.id });
      const b = await subscribe<{ activeSessions: Row[] }>(app.wsUrl, LIVE, app.adminToken, { r: router.id });
      expect(app.c.services.activeSessions.viewers().get(Number(router.id))).toBe(2);

      const first = (await a.next(5_000)).activeSessions.find((s) => s.macAddress === mac)!;
      expect(first).toMatchObject({ username: user.username, state: null, limitDown: null });
      // Rates are read, not invented: a later reading shows the traffic, and it changes when the traffic does.
      const busy = await eventually(async () => (await a.next(5_000)).activeSessions.find((s) => s.macAddress === mac)!, (s) => s.downloadRate > 500_000);
      expect(busy.downloadRate).toBeLessThan(1_600_000);
      sim.setTraffic(mac, { up: 10_000, down: 4_000_000 });
      const faster = await eventually(async () => (await a.next(5_000)).activeSessions.find((s) => s.macAddress === mac)!, (s) => s.downloadRate > 2_500_000);
      expect(BigInt(faster.downloadBytes)).toBeGreaterThan(BigInt(busy.downloadBytes));
      await b.next(5_000);

      // Two viewers, one poller: prints grow by about one per poll interval (300 ms), not two.
      const before = prints();
      await new Promise((r) => setTimeout(r, 1_500));
      const perPoll = (prints() - before) / (1_500 / 300);
      expect(perPoll).toBeLessThan(1.6);

      // A limit shows on the session as soon as it is set.
      ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '2M' }));
      await eventually(async () => (await a.next(5_000)).activeSessions.find((s) => s.macAddress === mac)!, (s) => s.limitDown === '2M' && s.state === 'APPLIED');

      await a.close();
      await b.close();
      await eventually(async () => app.c.services.activeSessions.viewers().size, (n) => n === 0, 5_000);
      const after = prints();
      await new Promise((r) => setTimeout(r, 1_000));
      expect(prints()).toBe(after);
    } finally {
      sim.setTraffic(mac, null);
    }
  });

  it('an agent sees only its own users’ sessions; the query answers the same', async () => {
    const agent = await makeAgent(app);
    const mine = nextMac();
    const theirs = nextMac();
    const user = await makeUser(app, agent.as, { macAddress: mine });
    sim.addSession({ user: user.username, address: nextIp(), macAddress: mine });
    sim.addSession({ user: 'someone-else', address: nextIp(), macAddress: theirs });

    const feed = await subscribe<{ activeSessions: Row[] }>(app.wsUrl, LIVE, agent.token, { r: router.id });
    expect((await feed.next(5_000)).activeSessions.map((s) => s.macAddress)).toEqual([mine]);
    await feed.close();

    const q = `query($r: ID!) { activeSessions(routerId: $r) { ${FIELDS} } }`;
    expect(ok(await app.gql(q, { r: router.id }, agent.as)).activeSessions.map((s: Row) => s.macAddress)).toEqual([mine]);
    const all = ok(await app.gql(q, { r: router.id }, { token: app.adminToken })).activeSessions.map((s: Row) => s.macAddress);
    expect(all).toEqual(expect.arrayContaining([mine, theirs]));

    // One-off queries measure rates against the previous reading (no queue here, so the byte delta).
    sim.moveBytes(theirs, { up: 0, down: 125_000 });
    await new Promise((r) => setTimeout(r, 500));
    const later = ok(await app.gql(q, { r: router.id }, { token: app.adminToken })).activeSessions.find((s: Row) => s.macAddress === theirs);
    expect(later.downloadRate).toBeGreaterThan(0);
    expect(later.downloadRate).toBeLessThanOrEqual(2_000_000);
    expect(codeOf(await app.gql(q, { r: '999999' }, { token: app.adminToken }))).toBe('NOT_FOUND');
    const missing = await subscribe<{ activeSessions: Row[] }>(app.wsUrl, LIVE, app.adminToken, { r: '999999' });
    await expect(missing.next(2_000)).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    await missing.close();
    expect(codeOf(await app.gql(q, { r: router.id }))).toBe('UNAUTHENTICATED');
  });

  it('an unreachable router answers UNAVAILABLE, never a 500; a live view of it ends with UNAVAILABLE', async () => {
    await eventually(async () => app.c.services.activeSessions.viewers().size, (n) => n === 0, 5_000);
    const feed = await subscribe<{ activeSessions: Row[] }>(app.wsUrl, LIVE, app.adminToken, { r: router.id });
    await feed.next(5_000);
    await sim.setDown(true);
    // The last event carries the error (the feed's later next() rejects with it).
    let ended: unknown = null;
    for (let i = 0; i < 20 && !ended; i++) await feed.next(1_000).catch((err: unknown) => (ended = err));
    expect(JSON.stringify(ended)).toContain('"code":"UNAVAILABLE"');
    await feed.close();
    await eventually(async () => app.c.services.activeSessions.viewers().size, (n) => n === 0, 5_000);
    try {
      const r = await app.gql(`query($r: ID!) { activeSessions(routerId: $r) { id } }`, { r: router.id }, { token: app.adminToken });
      expect(r.status).toBe(200);
      expect(codeOf(r)).toBe('UNAVAILABLE');
    } finally {
      await sim.setDown(false);
    }
  });
});
