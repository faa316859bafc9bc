import type { RouterOsSimulator } from '@tm/routeros-sim';
import { RouterEntity } from '../../src/modules/bandwidth';
import { makeAgent } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, ROUTER_FIELDS, SIM_USER, addRouter, nextIp, nextMac, queueOf, selfSignedCert, setLimit, startSim } from '../support/routers';

jest.setTimeout(60_000);

const TEST = `mutation($id: ID!) { testRouter(id: $id) { ok identity version latencyMs error router { status lastError lastContactAt identity version latencyMs } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ${ROUTER_FIELDS} } }`;

describe(`routers (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  const extra: RouterOsSimulator[] = [];
  const admin = () => ({ token: app.adminToken });
  /** One router entry per device: tests that need another router get another simulated device. */
  const another = async () => {
    const s = await startSim();
    extra.push(s);
    return s;
  };

  beforeAll(async () => {
    sim = await startSim({ identity: 'PisoNet-GW', version: '7.18.2 (stable)' });
    app = await startTestApp({ env: ROUTER_ENV });
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
    for (const s of extra) await s.stop();
  });

  it('adds a router with its password encrypted at rest and never returned; test connection reads identity, version and latency', async () => {
    const router = await addRouter(app, sim, { name: 'Main gateway' });
    expect(router).toMatchObject({ name: 'Main gateway', host: '127.0.0.1', port: sim.port, tls: false, username: SIM_USER.name, status: 'UNKNOWN' });
    expect(JSON.stringify(router)).not.toContain(SIM_USER.password);
    const row = await app.c.ds.getRepository(RouterEntity).findOneByOrFail({ id: Number(router.id) });
    expect(row.passwordEnc).not.toContain(SIM_USER.password);
    expect(row.passwordEnc).toMatch(/^v1:/);

    const { testRouter } = ok(await app.gql(TEST, { id: router.id }, admin()));
    expect(testRouter).toMatchObject({ ok: true, identity: 'PisoNet-GW', version: '7.18.2 (stable)', error: null });
    expect(testRouter.latencyMs).toBeGreaterThanOrEqual(0);
    expect(testRouter.router).toMatchObject({ status: 'ONLINE', lastError: null, identity: 'PisoNet-GW' });
    expect(testRouter.router.lastContactAt).not.toBeNull();

    // Its traffic source exists, of kind ROUTEROS.
    const { servers } = ok(await app.gql('{ servers { id name kind } }', {}, admin()));
    expect(servers.find((s: { id: string }) => s.id === router.serverId)).toMatchObject({ name: 'Main gateway', kind: 'ROUTEROS' });
  });

  it('speaks API-SSL to a router with tls: true (self-signed certificate, like RouterOS)', async () => {
    const secure = await startSim({ identity: 'tls-gw', tls: selfSignedCert() });
    try {
      const router = await addRouter(app, secure, { tls: true });
      expect(router).toMatchObject({ tls: true, port: secure.port });
      expect(ok(await app.gql(TEST, { id: router.id }, admin())).testRouter).toMatchObject({ ok: true, identity: 'tls-gw' });
      const mac = nextMac();
      secure.addSession({ user: 'tls-user', address: nextIp(), macAddress: mac });
      expect(ok(await setLimit(app, { routerId: router.id, macAddress: mac, up: '1M', down: '2M' })).setBandwidthLimit.state).toBe('APPLIED');
      expect(queueOf(secure, mac)?.maxLimit).toBe('1000000/2000000');
      // The same router spoken to in plain TCP fails cleanly.
      ok(await app.gql(UPDATE, { id: router.id, input: { tls: false } }, admin()));
      expect(ok(await app.gql(TEST, { id: router.id }, admin())).testRouter.ok).toBe(false);
    } finally {
      await secure.stop();
    }
  });

  it('a wrong password or an unreachable host is ok: false with a clear error, the router OFFLINE', async () => {
    const router = await addRouter(app, await another(), { password: 'wrong-password' });
    const bad = ok(await app.gql(TEST, { id: router.id }, admin())).testRouter;
    expect(bad).toMatchObject({ ok: false, identity: null });
    expect(bad.error).toMatch(/invalid user name or password|login/i);
    expect(bad.router).toMatchObject({ status: 'OFFLINE', lastError: bad.error });

    // Fixing the password (the only field given) brings it back.
    ok(await app.gql(UPDATE, { id: router.id, input: { password: SIM_USER.password } }, admin()));
    expect(ok(await app.gql(TEST, { id: router.id }, admin())).testRouter).toMatchObject({ ok: true, router: { status: 'ONLINE', lastError: null } });

    const closed = await addRouter(app, await another(), { port: 1 });
    const refused = ok(await app.gql(TEST, { id: closed.id }, admin())).testRouter;
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/reach|refused/i);
  });

  it('edits and removes; names are unique; bad input is BAD_USER_INPUT; agents only read', async () => {
    const device = await another();
    const router = await addRouter(app, device, { name: 'Edge' });
    // A second entry for the same device (which would remove the first one's queues as orphans) is refused.
    expect(codeOf(await app.gql(`mutation($input: CreateRouterInput!) { createRouter(input: $input) { id } }`, {
      input: { name: 'Edge again', host: device.host.toUpperCase(), port: device.port, username: 'u', password: 'p' },
    }, admin()))).toBe('CONFLICT');
    expect(codeOf(await app.gql(UPDATE, { id: router.id, input: { port: sim.port } }, admin()))).toBe('CONFLICT');
    const updated = ok(await app.gql(UPDATE, { id: router.id, input: { name: 'Edge 2', tls: true } }, admin())).updateRouter;
    expect(updated).toMatchObject({ name: 'Edge 2', tls: true, port: device.port });
    expect(codeOf(await app.gql(UPDATE, { id: router.id, input: { name: 'Main gateway' } }, admin()))).toBe('CONFLICT');
    for (const input of [{ host: 'http://x/y' }, { port: 70000 }, { name: '' }, { username: '' }]) {
      expect([input, codeOf(await app.gql(UPDATE, { id: router.id, input }, admin()))]).toEqual([input, 'BAD_USER_INPUT']);
    }
    const agent = await makeAgent(app);
    const { routers } = ok(await app.gql('{ routers { id name status lastContactAt } }', {}, agent.as));
    expect(routers.map((r: { id: string }) => r.id)).toContain(router.id);
    // How to reach and log in to a router is for admins only.
    for (const field of ['host', 'port', 'username', 'lastError', 'identity', 'serverId']) {
      expect([field, codeOf(await app.gql(`{ routers { id ${field} } }`, {}, agent.as))]).toEqual([field, 'FORBIDDEN']);
    }
    for (const m of [`mutation { deleteRouter(id: "${router.id}") }`, `mutation { testRouter(id: "${router.id}") { ok } }`, `mutation { syncRouter(id: "${router.id}") { id } }`]) {
      expect(codeOf(await app.gql(m, {}, agent.as))).toBe('FORBIDDEN');
    }
    expect(ok(await app.gql(`mutation { deleteRouter(id: "${router.id}") }`, {}, admin())).deleteRouter).toBe(true);
    expect(codeOf(await app.gql(`query { router(id: "${router.id}") { id } }`, {}, admin()))).toBe('NOT_FOUND');
  });

  it('speed profiles: seeded presets, create / edit / delete, CONFLICT while a limit uses one', async () => {
    const { speedProfiles } = ok(await app.gql('{ speedProfiles { name up down upBps downBps price validity } }', {}, admin()));
    expect(speedProfiles.slice(0, 3)).toEqual([
      { name: 'BASIC', up: '512K', down: '1M', upBps: 512_000, downBps: 1_000_000, price: 5, validity: '1h' },
      { name: 'STANDARD', up: '1M', down: '2M', upBps: 1_000_000, downBps: 2_000_000, price: 10, validity: '2h' },
      { name: 'PREMIUM', up: '5M', down: '10M', upBps: 5_000_000, downBps: 10_000_000, price: 20, validity: '5h' },
    ]);
    const { createSpeedProfile: p } = ok(
      await app.gql('mutation { createSpeedProfile(input: { name: "GAMER", up: "3m", down: "15M", price: 30, validity: "1d" }) { id name up down } }', {}, admin()),
    );
    expect(p).toMatchObject({ name: 'GAMER', up: '3M', down: '15M' });
    expect(ok(await app.gql(`mutation { updateSpeedProfile(id: "${p.id}", input: { down: "1500K" }) { down downBps } }`, {}, admin())).updateSpeedProfile).toEqual({
      down: '1500K',
      downBps: 1_500_000,
    });
    expect(codeOf(await app.gql('mutation { createSpeedProfile(input: { name: "GAMER", up: "1M", down: "1M" }) { id } }', {}, admin()))).toBe('CONFLICT');
    expect(codeOf(await app.gql(`mutation { updateSpeedProfile(id: "${p.id}", input: { validity: "forever" }) { id } }`, {}, admin()))).toBe('BAD_USER_INPUT');

    const router = await addRouter(app, await another());
    ok(await app.gql(`mutation { setBandwidthLimit(input: { routerId: "${router.id}", macAddress: "02:AB:00:00:00:01", profileId: "${p.id}" }) { id } }`, {}, admin()));
    expect(codeOf(await app.gql(`mutation { deleteSpeedProfile(id: "${p.id}") }`, {}, admin()))).toBe('CONFLICT');
    ok(await app.gql(`mutation { removeBandwidthLimit(input: { routerId: "${router.id}", macAddress: "02:AB:00:00:00:01" }) }`, {}, admin()));
    expect(ok(await app.gql(`mutation { deleteSpeedProfile(id: "${p.id}") }`, {}, admin())).deleteSpeedProfile).toBe(true);
  });
});
