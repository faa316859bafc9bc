import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, statusOf } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, assignments, nextIp, nextMac, queueOf, removeLimit, setLimit, startSim } from '../support/routers';

jest.setTimeout(120_000);

const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status } }';

describe(`bandwidth limits on a router (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string; serverId: string };
  const admin = () => app.adminToken;
  const poll = () => app.c.services.routerSync.tick();

  beforeAll(async () => {
    sim = await startSim();
    app = await startTestApp({ env: ROUTER_ENV });
    app.c.services.routerSync.listenForStatusChanges(app.c.pubsub.pubsub);
    router = await addRouter(app, sim);
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('set → a queue tm-<MAC> on the session address with max-limit upload/download in bits/s; remove → gone', async () => {
    const mac = nextMac();
    const address = nextIp();
    sim.addSession({ user: 'walk-in', address, macAddress: mac });
    const set = ok(await setLimit(app, { routerId: router.id, macAddress: mac.toLowerCase().replace(/:/g, '-'), up: '512k', down: '2M' })).setBandwidthLimit;
    expect(set).toMatchObject({ macAddress: mac, up: '512K', down: '2M', upBps: 512_000, downBps: 2_000_000, queueName: `tm-${mac}`, state: 'APPLIED', lastError: null });
    expect(queueOf(sim, mac)).toMatchObject({ name: `tm-${mac}`, target: `${address}/32`, maxLimit: '512000/2000000' });

    // Setting again replaces the speeds of the same queue.
    ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '10M' }));
    expect(queueOf(sim, mac)?.maxLimit).toBe('1000000/10000000');
    expect(sim.queues().filter((q) => q.name === `tm-${mac}`)).toHaveLength(1);

    expect(ok(await removeLimit(app, { routerId: router.id, macAddress: mac })).removeBandwidthLimit).toBe(true);
    expect(queueOf(sim, mac)).toBeUndefined();
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)).toBeUndefined();
    expect(codeOf(await removeLimit(app, { routerId: router.id, macAddress: mac }))).toBe('NOT_FOUND');
  });

  it('from a profile, by user: waits for the session, applied when it logs in, removed when it ends', async () => {
    const mac = nextMac();
    const user = await makeUser(app, { token: admin() }, { macAddress: mac });
    const { speedProfiles } = ok(await app.gql('{ speedProfiles { id name up down price validity } }', {}, { token: admin() }));
    expect(speedProfiles.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['BASIC', 'STANDARD', 'PREMIUM']));
    const standard = speedProfiles.find((p: { name: string }) => p.name === 'STANDARD');
    expect(standard).toMatchObject({ up: '1M', down: '2M', price: 10, validity: '2h' });

    const set = ok(await setLimit(app, { routerId: router.id, userId: user.id, profileId: standard.id })).setBandwidthLimit;
    expect(set).toMatchObject({ userId: user.id, username: user.username, profileName: 'STANDARD', state: 'WAITING', macAddress: mac });
    expect(queueOf(sim, mac)).toBeUndefined();

    const address = nextIp();
    sim.addSession({ user: user.username, address, macAddress: mac });
    await poll();
    expect(queueOf(sim, mac)).toMatchObject({ target: `${address}/32`, maxLimit: '1000000/2000000' });
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state).toBe('APPLIED');

    sim.endSession(mac);
    await poll();
    expect(queueOf(sim, mac)).toBeUndefined();
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state).toBe('WAITING');
  });

  it('by user, the limit goes on the device the user is logged in on (its hotspot login), not only its saved MAC', async () => {
    const saved = nextMac();
    const device = nextMac();
    const a = await makeAgent(app);
    const user = await makeUser(app, a.as, { macAddress: saved });
    sim.addSession({ user: user.username, address: nextIp(), macAddress: device });
    const set = ok(await setLimit(app, { routerId: router.id, userId: user.id, up: '1M', down: '3M' }, a.token)).setBandwidthLimit;
    expect(set).toMatchObject({ macAddress: device, userId: user.id, state: 'APPLIED' });
    expect(queueOf(sim, device)?.maxLimit).toBe('1000000/3000000');
    expect(queueOf(sim, saved)).toBeUndefined();
    // The agent may also name that device by MAC: its session belongs to the agent's user.
    expect(ok(await setLimit(app, { routerId: router.id, macAddress: device, up: '2M', down: '3M' }, a.token)).setBandwidthLimit.userId).toBe(user.id);
    expect(ok(await removeLimit(app, { routerId: router.id, userId: user.id }, a.token)).removeBandwidthLimit).toBe(true);
    expect(queueOf(sim, device)).toBeUndefined();
  });

  it('a disabled user is kicked at once (session and queue gone); enabled, its limit applies when it logs in again', async () => {
    const mac = nextMac();
    const user = await makeUser(app, { token: admin() }, { macAddress: mac });
    const address = nextIp();
    sim.addSession({ user: user.username, address, macAddress: mac });
    expect(ok(await setLimit(app, { routerId: router.id, userId: user.id, up: '256K', down: '1M' })).setBandwidthLimit.state).toBe('APPLIED');

    ok(await app.gql(UPDATE_USER, { id: user.id, input: { status: 'DISABLED' } }, { token: admin() }));
    await eventually(async () => queueOf(sim, mac), (q) => q === undefined);
    expect(sim.sessions().find((s) => s.macAddress === mac)).toBeUndefined();
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state).toBe('INACTIVE');

    ok(await app.gql(UPDATE_USER, { id: user.id, input: { status: 'ACTIVE' } }, { token: admin() }));
    sim.addSession({ user: user.username, address, macAddress: mac });
    await poll();
    await eventually(async () => queueOf(sim, mac)?.maxLimit, (l) => l === '256000/1000000');
  });

  it('a user LIMITED by its own hotspot traffic loses its queue: router bytes → samples → enforcement → queue removed', async () => {
    const mac = nextMac();
    const user = await makeUser(app, { token: admin() }, { macAddress: mac, dataLimit: String(GB) });
    sim.addSession({ user: user.username, address: nextIp(), macAddress: mac });
    ok(await setLimit(app, { routerId: router.id, userId: user.id, up: '1M', down: '2M' }));
    expect(queueOf(sim, mac)).toBeDefined();

    sim.moveBytes(mac, { up: 1_000_000, down: GB });
    await poll();
    await eventually(() => statusOf(app, user.id), (s) => s === 'LIMITED');
    await eventually(async () => queueOf(sim, mac), (q) => q === undefined);
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state).toBe('INACTIVE');
  });

  it('an agent over its limit: its users are SUSPENDED and lose their queues; raising the limit brings them back', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const mac = nextMac();
    const user = await makeUser(app, a.as, { macAddress: mac, dataLimit: String(2 * GB) });
    sim.addSession({ user: user.username, address: nextIp(), macAddress: mac });
    expect(ok(await setLimit(app, { routerId: router.id, userId: user.id, up: '1M', down: '4M' }, a.token)).setBandwidthLimit.state).toBe('APPLIED');
    sim.moveBytes(mac, { up: 0, down: GB / 2 });
    await poll();

    const AGENT_LIMIT = 'mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }';
    ok(await app.gql(AGENT_LIMIT, { a: a.id, l: String(GB / 4) }, { token: admin() }));
    await eventually(() => statusOf(app, user.id), (s) => s === 'SUSPENDED');
    await eventually(async () => queueOf(sim, mac), (q) => q === undefined);
    expect(sim.sessions().find((s) => s.macAddress === mac)).toBeUndefined();
    ok(await app.gql(AGENT_LIMIT, { a: a.id, l: String(10 * GB) }, { token: admin() }));
    await eventually(() => statusOf(app, user.id), (s) => s === 'ACTIVE');
    sim.addSession({ user: user.username, address: nextIp(), macAddress: mac });
    await poll();
    await eventually(async () => queueOf(sim, mac)?.maxLimit, (l) => l === '1000000/4000000');
  });

  it('drift: a queue edited or disabled on the router is put back by the next poll; our orphans go, the operator’s queues stay', async () => {
    const mac = nextMac();
    sim.addSession({ user: 'drifter', address: nextIp(), macAddress: mac });
    ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '2M', down: '4M' }));
    sim.editQueue(`tm-${mac}`, { 'max-limit': '100M/100M', disabled: 'yes' });
    const orphan = nextMac();
    sim.addQueue({ name: `tm-${orphan}`, target: '10.9.9.9/32', 'max-limit': '1M/1M' });
    sim.addQueue({ name: 'office-uplink', target: '10.9.9.0/24', 'max-limit': '50M/50M' });

    await poll();
    expect(queueOf(sim, mac)).toMatchObject({ maxLimit: '2000000/4000000', disabled: false });
    expect(queueOf(sim, orphan)).toBeUndefined();
    expect(sim.queues().find((q) => q.name === 'office-uplink')).toBeDefined();
  });

  it('router down → FAILED with the error and the router OFFLINE; applied once it is back (retried with backoff)', async () => {
    const mac = nextMac();
    sim.addSession({ user: 'patient', address: nextIp(), macAddress: mac });
    await sim.setDown(true);
    const started = Date.now();
    const set = ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '1M' })).setBandwidthLimit;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(set.state).toBe('FAILED');
    expect(set.lastError).toMatch(/reach|refused|ECONNREFUSED/i);
    const { router: down } = ok(await app.gql('query($id: ID!) { router(id: $id) { status lastError nextAttemptAt } }', { id: router.id }, { token: admin() }));
    expect(down.status).toBe('OFFLINE');
    expect(down.lastError).toBe(set.lastError);
    expect(down.nextAttemptAt).not.toBeNull();

    // Still down: the poll skips it until its backoff passes, then fails again and waits longer.
    await poll();
    await sim.setDown(false);
    await eventually(
      async () => {
        await poll();
        return (await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state;
      },
      (s) => s === 'APPLIED',
    );
    expect(queueOf(sim, mac)?.maxLimit).toBe('1000000/1000000');
    const { router: back } = ok(await app.gql('query($id: ID!) { router(id: $id) { status lastError } }', { id: router.id }, { token: admin() }));
    expect(back).toEqual({ status: 'ONLINE', lastError: null });
  });

  it('a !trap answer fails that limit with the router’s own message; the next poll applies it', async () => {
    const mac = nextMac();
    sim.addSession({ user: 'trapped', address: nextIp(), macAddress: mac });
    sim.failNext('/queue/simple/add', 'failure: queue limit reached');
    const set = ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '2M' })).setBandwidthLimit;
    expect(set.state).toBe('FAILED');
    expect(set.lastError).toContain('failure: queue limit reached');
    expect(set.attempts).toBe(1);
    await poll();
    expect((await assignments(app, router.id)).find((a) => a.macAddress === mac)).toMatchObject({ state: 'APPLIED', lastError: null });
  });

  it('a silent router times out: the mutation answers FAILED within the timeout and the API stays responsive', async () => {
    const mac = nextMac();
    sim.setSilent(true);
    try {
      const started = Date.now();
      const pending = setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '2M' });
      // Meanwhile other requests answer at once.
      const t0 = Date.now();
      ok(await app.gql('{ speedProfiles { id } }', {}, { token: admin() }));
      expect(Date.now() - t0).toBeLessThan(1_000);
      const set = ok(await pending).setBandwidthLimit;
      expect(set.state).toBe('FAILED');
      expect(set.lastError).toMatch(/did not answer|timed? ?out/i);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      sim.setSilent(false);
    }
    await eventually(
      async () => {
        await poll();
        return (await assignments(app, router.id)).find((a) => a.macAddress === mac)?.state;
      },
      (s) => s === 'WAITING',
    );
  });

  it('malformed MACs and rates are BAD_USER_INPUT and change nothing', async () => {
    const before = (await assignments(app)).length;
    const cases: Record<string, unknown>[] = [
      { routerId: router.id, macAddress: 'not-a-mac', up: '1M', down: '1M' },
      { routerId: router.id, macAddress: '02:00:00:00:00:GG', up: '1M', down: '1M' },
      { routerId: router.id, macAddress: nextMac(), up: 'fast', down: '1M' },
      { routerId: router.id, macAddress: nextMac(), up: '1M', down: '-2M' },
      { routerId: router.id, macAddress: nextMac(), up: '1M' },
      { routerId: router.id, macAddress: nextMac(), up: '0', down: '1M' },
      { routerId: router.id, up: '1M', down: '1M' },
      { routerId: router.id, macAddress: nextMac(), userId: '1', up: '1M', down: '1M' },
      { routerId: 'x', macAddress: nextMac(), up: '1M', down: '1M' },
    ];
    for (const input of cases) expect([input, codeOf(await setLimit(app, input))]).toEqual([input, 'BAD_USER_INPUT']);
    expect(codeOf(await setLimit(app, { routerId: '999999', macAddress: nextMac(), up: '1M', down: '1M' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('mutation { createSpeedProfile(input: { name: "odd", up: "2 Mbps", down: "1M" }) { id } }', {}, { token: admin() }))).toBe('BAD_USER_INPUT');
    expect((await assignments(app)).length).toBe(before);
  });

  it('agents: their own users only; another agent’s user is NOT_FOUND for set, remove and by MAC, and its limits are invisible', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const macA = nextMac();
    const macB = nextMac();
    const userA = await makeUser(app, a.as, { macAddress: macA });
    const userB = await makeUser(app, b.as, { macAddress: macB });
    sim.addSession({ user: userA.username, address: nextIp(), macAddress: macA });

    expect(ok(await setLimit(app, { routerId: router.id, userId: userA.id, up: '1M', down: '2M' }, a.token)).setBandwidthLimit.state).toBe('APPLIED');
    expect(codeOf(await setLimit(app, { routerId: router.id, userId: userB.id, up: '1M', down: '2M' }, a.token))).toBe('NOT_FOUND');
    expect(codeOf(await setLimit(app, { routerId: router.id, macAddress: macB, up: '1M', down: '2M' }, a.token))).toBe('NOT_FOUND');
    expect(codeOf(await setLimit(app, { routerId: router.id, macAddress: nextMac(), up: '1M', down: '2M' }, a.token))).toBe('NOT_FOUND');
    ok(await setLimit(app, { routerId: router.id, userId: userB.id, up: '5M', down: '5M' }));

    expect((await assignments(app, router.id, a.token)).map((x) => x.macAddress)).toEqual([macA]);
    expect(codeOf(await removeLimit(app, { routerId: router.id, userId: userB.id }, a.token))).toBe('NOT_FOUND');
    expect(codeOf(await removeLimit(app, { routerId: router.id, macAddress: macB }, a.token))).toBe('NOT_FOUND');
    expect((await assignments(app, router.id)).find((x) => x.macAddress === macB)).toBeDefined();
    expect(ok(await removeLimit(app, { routerId: router.id, userId: userA.id }, a.token)).removeBandwidthLimit).toBe(true);
    expect(queueOf(sim, macA)).toBeUndefined();

    for (const m of ['mutation { createRouter(input: { name: "x", host: "h", username: "u", password: "p" }) { id } }', 'mutation { createSpeedProfile(input: { name: "x", up: "1M", down: "1M" }) { id } }']) {
      expect(codeOf(await app.gql(m, {}, a.as))).toBe('FORBIDDEN');
    }
  });
});
