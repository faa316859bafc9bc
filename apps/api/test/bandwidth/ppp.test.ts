/**
 * PPPoE: session bytes (the `<pppoe-NAME>` interface's rx/tx) counted through the one ingest door,
 * exactly once across re-dials and reboots; cut-off disables the secret and removes the session.
 */
import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, statusOf, trafficOf } from '../support/limits';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, nextIp, nextMac, queueOf, setLimit, startSim } from '../support/routers';

jest.setTimeout(120_000);

const USAGE = 'query($id: ID!) { user(id: $id) { up down used lifetime status } }';
const SERVER = 'query { servers { id lifetime } }';

describe(`PPPoE on a router (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string; serverId: string };
  const poll = () => app.c.services.routerSync.tick();
  const usage = async (id: string) => ok(await app.gql(USAGE, { id }, { token: app.adminToken })).user;

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

  it('bytes through a session are counted exactly once across polls, a re-dial and a router reboot', async () => {
    const agent = await makeAgent(app, {});
    const user = await makeUser(app, agent.as, {});
    const mac = nextMac();
    sim.addPppSecret({ name: user.username, password: 'dsl-pass' });
    const dial = () => sim.dialPpp({ name: user.username, password: 'dsl-pass', callerId: mac, address: nextIp() });
    let up = 0;
    let down = 0;
    const move = (u: number, d: number) => {
      sim.movePppBytes(user.username, { up: u, down: d });
      up += u;
      down += d;
    };

    dial();
    move(1_000, 50_000);
    await poll();
    await poll(); // nothing moved: nothing counted twice
    move(2_000, 70_000);
    await poll();
    expect(await usage(user.id)).toMatchObject({ up: String(up), down: String(down) });

    // Re-dial: a new session whose counters start at 0.
    sim.hangUpPpp(user.username);
    await poll();
    dial();
    move(3_000, 11_000);
    await poll();
    expect(await usage(user.id)).toMatchObject({ up: String(up), down: String(down) });

    // Reboot: every session drops; dialled again, counters start over.
    sim.reboot();
    await eventually(() => poll(), (o) => o.some((x) => x.routerId === Number(router.id) && x.ok));
    dial();
    move(500, 900);
    await poll();
    await poll();
    const after = await usage(user.id);
    expect(after).toMatchObject({ up: String(up), down: String(down), lifetime: String(up + down) });
    expect((await trafficOf(app, agent.id)).charged).toBe(String(up + down));
    const server = (ok(await app.gql(SERVER, {}, { token: app.adminToken })).servers as { id: string; lifetime: string }[]).find((s) => s.id === router.serverId);
    expect(server?.lifetime).toBe(String(up + down));
  });

  it('a PPPoE user over its limit: secret disabled and session removed; a MAC limit shapes its session', async () => {
    const user = await makeUser(app, { token: app.adminToken }, { dataLimit: String(GB / 4) });
    const mac = nextMac();
    sim.addPppSecret({ name: user.username, password: 'dsl-pass' });
    sim.dialPpp({ name: user.username, password: 'dsl-pass', callerId: mac, address: nextIp() });
    ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '2M', down: '8M' }));
    expect(queueOf(sim, mac)?.maxLimit).toBe('2000000/8000000');

    sim.movePppBytes(user.username, { up: 0, down: GB / 2 });
    await poll();
    await app.c.services.enforcement.settled();
    await poll();
    expect(await statusOf(app, user.id)).toBe('LIMITED');
    expect(sim.pppSessions().find((s) => s.name === user.username)).toBeUndefined();
    expect(sim.pppSecrets().find((s) => s.name === user.username)?.disabled).toBe(true);
    expect(sim.interfaces().some((i) => i.name === `<pppoe-${user.username}>`)).toBe(false);
    expect(() => sim.dialPpp({ name: user.username, password: 'dsl-pass', callerId: mac, address: nextIp() })).toThrow();
  });
});
