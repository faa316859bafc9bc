/**
 * Invariant 4 on the router: over the line a user loses service (hotspot user / PPP secret disabled,
 * session kicked) or is throttled; back under, exactly what we disabled comes back. Real node-routeros
 * client against the simulator, on SQLite and MariaDB.
 */
import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, statusOf } from '../support/limits';
import { RESET_USER } from '../support/resets';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, assignments, nextIp, nextMac, queueOf, setLimit, startSim } from '../support/routers';

jest.setTimeout(120_000);

const AGENT_LIMIT = 'mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }';
const UPDATE_AGENT = 'mutation($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id overLimitAction throttleProfileId } }';
const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status throttled } }';
const USER = 'query($id: ID!) { user(id: $id) { id status throttled overLimitAction } }';
const LOGINS = 'query($r: ID) { routerLogins(routerId: $r) { name kind held state userStatus } }';
const ALERTS = 'query { alerts(first: 200) { nodes { kind subjectId threshold overLimitAction } } }';
const CREATE_PROFILE = 'mutation($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id } }';

describe(`cut-off and throttle on the router (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string };
  const admin = () => app.adminToken;
  const poll = () => app.c.services.routerSync.tick();
  /** The post-ingest check, then the router pass its status batch starts. */
  const settle = async () => {
    await app.c.services.enforcement.settled();
    await app.c.services.routerSync.tick();
  };
  const hotspotUser = (name: string) => sim.hotspotUsers().find((u) => u.name === name);
  const online = (mac: string) => sim.sessions().some((s) => s.macAddress === mac);
  /** The over-limit action the subject's alerts carry, by threshold. */
  const alertActions = async (subjectId: string, kind = 'AGENT') =>
    (ok(await app.gql(ALERTS, {}, { token: admin() })).alerts.nodes as { kind: string; subjectId: string; threshold: number; overLimitAction: string | null }[])
      .filter((a) => a.subjectId === subjectId && a.kind === kind)
      .map((a) => [a.threshold, a.overLimitAction]);

  /** A user of `as` with a hotspot user on the router, logged in from a fresh device. */
  async function loggedIn(as: { token: string }, input: Record<string, unknown> = {}) {
    const mac = nextMac();
    const user = await makeUser(app, as, { macAddress: mac, ...input });
    sim.addHotspotUser({ name: user.username, password: 'pw' });
    sim.login({ user: user.username, password: 'pw', macAddress: mac, address: nextIp() });
    return { ...user, mac };
  }

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

  it('an agent pushed over its limit by router traffic: every user disabled and kicked; raised, exactly those come back', async () => {
    const agent = await makeAgent(app, { trafficLimit: String(GB) });
    const [u1, u2, u3] = [await loggedIn(agent.as, { dataLimit: String(GB / 2) }), await loggedIn(agent.as, { dataLimit: String(GB / 2) }), await loggedIn(agent.as, { dataLimit: String(GB / 2) })];
    ok(await setLimit(app, { routerId: router.id, userId: u1.id, up: '1M', down: '4M' }, agent.token));
    expect(queueOf(sim, u1.mac)?.maxLimit).toBe('1000000/4000000');
    // The operator disabled u3 by hand (its session stays, as on RouterOS).
    sim.editHotspotUser(u3.username, { disabled: 'yes' });

    for (const u of [u1, u2, u3]) sim.moveBytes(u.mac, { up: 0, down: Math.round(0.4 * GB) });
    await poll();
    await settle();
    for (const u of [u1, u2, u3]) {
      expect(await statusOf(app, u.id)).toBe('SUSPENDED');
      expect(online(u.mac)).toBe(false);
      expect(hotspotUser(u.username)?.disabled).toBe(true);
    }
    expect(await alertActions(agent.id)).toContainEqual([100, 'SUSPEND']);
    // None runs without a limit: no queue left behind, no session to run at full speed.
    expect(queueOf(sim, u1.mac)).toBeUndefined();
    expect((await assignments(app, router.id, agent.token)).find((a) => a.macAddress === u1.mac)?.state).toBe('INACTIVE');
    const logins = ok(await app.gql(LOGINS, { r: router.id }, { token: agent.token })).routerLogins as { name: string; held: boolean }[];
    expect(logins.filter((l) => l.held).map((l) => l.name).sort()).toEqual([u1.username, u2.username].sort());

    // A kicked user can't log back in; re-enabled in Winbox, it is disabled again by the next pass.
    expect(() => sim.login({ user: u2.username, password: 'pw', macAddress: u2.mac, address: nextIp() })).toThrow();
    sim.editHotspotUser(u2.username, { disabled: 'no' });
    await poll();
    expect(hotspotUser(u2.username)?.disabled).toBe(true);
    const commands = sim.commands.length;
    await poll();
    expect(sim.commands.slice(commands).filter((w) => /\/(set|remove|add)$/.test(w[0]))).toEqual([]);

    ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(10 * GB) }, { token: admin() }));
    await eventually(async () => [hotspotUser(u1.username)?.disabled, hotspotUser(u2.username)?.disabled], (d) => d[0] === false && d[1] === false);
    expect(await statusOf(app, u3.id)).toBe('ACTIVE');
    expect(hotspotUser(u3.username)?.disabled).toBe(true);
    // Logged in again, its own speed limit applies.
    sim.login({ user: u1.username, password: 'pw', macAddress: u1.mac, address: nextIp() });
    await poll();
    expect(queueOf(sim, u1.mac)?.maxLimit).toBe('1000000/4000000');
  });

  it('THROTTLE: over the line the session stays online at the throttle speed; resuming restores its own limit', async () => {
    const profile = ok(await app.gql(CREATE_PROFILE, { input: { name: 'FAIR_USE', up: 256_000, down: '512K' } }, { token: admin() })).createSpeedProfile;
    const agent = await makeAgent(app, { trafficLimit: String(GB), overLimitAction: 'THROTTLE', throttleProfileId: profile.id });
    const limited = await loggedIn(agent.as, { dataLimit: String(GB / 2) });
    const plain = await loggedIn(agent.as, { dataLimit: String(GB / 2) });
    ok(await setLimit(app, { routerId: router.id, userId: limited.id, up: '1M', down: '4M' }, agent.token));
    expect(queueOf(sim, plain.mac)).toBeUndefined();

    sim.moveBytes(limited.mac, { up: 0, down: Math.round(0.45 * GB) });
    sim.moveBytes(plain.mac, { up: 0, down: Math.round(0.45 * GB) });
    await poll();
    ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(GB / 2) }, { token: admin() }));
    await eventually(async () => queueOf(sim, limited.mac)?.maxLimit, (l) => l === '256000/512000');
    await eventually(async () => queueOf(sim, plain.mac)?.maxLimit, (l) => l === '256000/512000');
    for (const u of [limited, plain]) {
      expect(ok(await app.gql(USER, { id: u.id }, { token: agent.token })).user).toMatchObject({ status: 'SUSPENDED', throttled: true });
      expect(online(u.mac)).toBe(true);
      expect(hotspotUser(u.username)?.disabled).toBe(false);
    }
    expect((await assignments(app, router.id, agent.token)).find((a) => a.macAddress === limited.mac)?.state).toBe('THROTTLED');
    expect(await alertActions(agent.id)).toContainEqual([100, 'THROTTLE']);
    const live = ok(await app.gql('query($r: ID!) { activeSessions(routerId: $r) { macAddress throttled limitUp limitDown } }', { r: router.id }, { token: agent.token })).activeSessions;
    expect(live.find((x: { macAddress: string }) => x.macAddress === plain.mac)).toEqual({ macAddress: plain.mac, throttled: true, limitUp: '256K', limitDown: '512K' });

    // The admin switches the agent to SUSPEND: same status, now cut off; back to THROTTLE, they may log in again.
    ok(await app.gql(UPDATE_AGENT, { id: agent.id, input: { overLimitAction: 'SUSPEND' } }, { token: admin() }));
    await eventually(async () => online(plain.mac) || online(limited.mac), (o) => o === false);
    ok(await app.gql(UPDATE_AGENT, { id: agent.id, input: { overLimitAction: 'THROTTLE' } }, { token: admin() }));
    await eventually(async () => hotspotUser(plain.username)?.disabled, (d) => d === false);
    sim.login({ user: limited.username, password: 'pw', macAddress: limited.mac, address: nextIp() });
    await poll();
    expect(queueOf(sim, limited.mac)?.maxLimit).toBe('256000/512000');

    ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(10 * GB) }, { token: admin() }));
    await eventually(async () => queueOf(sim, limited.mac)?.maxLimit, (l) => l === '1000000/4000000');
    expect(ok(await app.gql(USER, { id: limited.id }, { token: agent.token })).user).toMatchObject({ status: 'ACTIVE', throttled: false });
    expect((await assignments(app, router.id, agent.token)).find((a) => a.macAddress === limited.mac)?.state).toBe('APPLIED');
  });

  it("a user's own THROTTLE over its data limit, while its agent cuts off", async () => {
    const profile = ok(await app.gql(CREATE_PROFILE, { input: { name: 'SLOW_LANE', up: '128K', down: '256K' } }, { token: admin() })).createSpeedProfile;
    const agent = await makeAgent(app, {});
    const user = await loggedIn(agent.as, { dataLimit: String(GB / 4), overLimitAction: 'THROTTLE', throttleProfileId: profile.id });
    sim.moveBytes(user.mac, { up: 0, down: GB / 2 });
    await poll();
    await settle();
    expect(await statusOf(app, user.id)).toBe('LIMITED');
    expect(queueOf(sim, user.mac)?.maxLimit).toBe('128000/256000');
    expect(await alertActions(user.id, 'USER')).toEqual(expect.arrayContaining([[100, 'THROTTLE'], [90, null], [75, null]]));
    expect(online(user.mac)).toBe(true);
  });

  it('LIMITED and EXPIRED users are cut off the same way; a reset (or a later expiry) brings them back', async () => {
    const limited = await loggedIn({ token: admin() }, { dataLimit: String(GB / 4) });
    sim.moveBytes(limited.mac, { up: GB / 8, down: GB / 4 });
    await poll();
    await settle();
    expect(await statusOf(app, limited.id)).toBe('LIMITED');
    expect(online(limited.mac)).toBe(false);
    expect(hotspotUser(limited.username)?.disabled).toBe(true);
    ok(await app.gql(RESET_USER, { id: limited.id, r: 'new month' }, { token: admin() }));
    await eventually(async () => hotspotUser(limited.username)?.disabled, (d) => d === false);
    expect(await statusOf(app, limited.id)).toBe('ACTIVE');

    const expiring = await loggedIn({ token: admin() }, { expiresAt: new Date(Date.now() + 1500).toISOString() });
    await new Promise((r) => setTimeout(r, 1600));
    await app.c.services.enforcement.check({ kind: 'expiry' });
    await eventually(async () => online(expiring.mac), (o) => o === false);
    expect(await statusOf(app, expiring.id)).toBe('EXPIRED');
    expect(hotspotUser(expiring.username)?.disabled).toBe(true);
    ok(await app.gql(UPDATE_USER, { id: expiring.id, input: { expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: admin() }));
    await eventually(async () => hotspotUser(expiring.username)?.disabled, (d) => d === false);
  });

  it('router down during a suspension: the API stays responsive and the cut-off is applied when it returns', async () => {
    const agent = await makeAgent(app, { trafficLimit: String(GB) });
    const user = await loggedIn(agent.as, { dataLimit: String(GB / 2) });
    sim.moveBytes(user.mac, { up: 0, down: GB / 4 });
    await poll();
    await sim.setDown(true);
    try {
      ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(GB / 8) }, { token: admin() }));
      await eventually(() => statusOf(app, user.id), (s) => s === 'SUSPENDED');
      const started = Date.now();
      ok(await app.gql(USER, { id: user.id }, { token: admin() }));
      expect(Date.now() - started).toBeLessThan(1000);
      await poll();
      expect(online(user.mac)).toBe(true);
    } finally {
      await sim.setDown(false);
    }
    // The retry after the backoff (ROUTER_RETRY_MS) applies what was decided meanwhile.
    await eventually(async () => {
      await poll();
      return online(user.mac);
    }, (o) => o === false);
    expect(hotspotUser(user.username)?.disabled).toBe(true);
  });

  it("a deleted user's service ends with it: kicked, and its hotspot user left disabled", async () => {
    const user = await loggedIn({ token: admin() });
    await poll();
    ok(await app.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: user.id }, { token: admin() }));
    await poll();
    expect(online(user.mac)).toBe(false);
    expect(hotspotUser(user.username)?.disabled).toBe(true);
    expect(() => sim.login({ user: user.username, password: 'pw', macAddress: user.mac, address: nextIp() })).toThrow();
    const logins = ok(await app.gql(LOGINS, { r: router.id }, { token: admin() })).routerLogins as { name: string }[];
    expect(logins.map((l) => l.name)).not.toContain(user.username);
  });

  it('rates: Int bits per second and RouterOS strings give the same queue', async () => {
    const a = nextMac();
    const b = nextMac();
    sim.addSession({ user: 'rate-a', address: nextIp(), macAddress: a });
    sim.addSession({ user: 'rate-b', address: nextIp(), macAddress: b });
    const byInt = ok(await setLimit(app, { routerId: router.id, macAddress: a, up: 1_000_000, down: 2_000_000 })).setBandwidthLimit;
    const byText = ok(await setLimit(app, { routerId: router.id, macAddress: b, up: '1M', down: '2M' })).setBandwidthLimit;
    expect(queueOf(sim, a)?.maxLimit).toBe('1000000/2000000');
    expect(queueOf(sim, b)?.maxLimit).toBe('1000000/2000000');
    expect([byInt.up, byInt.down, byInt.upBps]).toEqual([byText.up, byText.down, byText.upBps]);
    for (const bad of [0, -5, 1.5, '2X', true]) {
      const res = await setLimit(app, { routerId: router.id, macAddress: a, up: bad, down: '1M' });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(queueOf(sim, a)?.maxLimit).toBe('1000000/2000000');
  });
});
