/**
 * The simulator's PPP side as the real client sees it: `/ppp/profile`, `/ppp/secret` CRUD and traps,
 * PPPoE dial-ins in `/ppp/active` with their dynamic `<pppoe-NAME>` interface in `/interface`, traffic
 * seen from the router (rx-byte = the client's upload), kicks, re-dials, reboot, and the control API.
 */
import { type ControlApi, type RouterOsSimulator, startControlApi } from '@tm/routeros-sim';
import type { RouterOsClient } from '../../src/modules/bandwidth/routeros';
import { connectTo, control, eventually, refusal, startSim } from './fixtures';

const SECRETS = '/ppp/secret';
const PROFILES = '/ppp/profile';
const ACTIVE = '/ppp/active';
const IFACES = '/interface';
const CALLER = '02:00:00:00:04:01';
const dave = { name: 'dave', password: 'pw', callerId: CALLER, address: '10.10.10.30' };

describe('RouterOS simulator: PPP secrets, sessions and interfaces', () => {
  let sim: RouterOsSimulator;
  let c: RouterOsClient;
  const pppoeInterfaces = () => c.print(IFACES, { type: 'pppoe-in' });

  beforeEach(async () => {
    sim = await startSim();
    c = await connectTo(sim);
  });
  afterEach(async () => {
    await c.close();
    await sim.stop();
  });

  it('profiles: default (*0) and default-encryption (*FFFFFFFE) from boot, not removable; others add/set/remove', async () => {
    expect((await c.print(PROFILES)).map((p) => [p['.id'], p.name, p.default])).toEqual([
      ['*0', 'default', 'true'],
      ['*FFFFFFFE', 'default-encryption', 'true'],
    ]);
    expect((await c.print(PROFILES, { name: 'default-encryption' }))[0]['use-encryption']).toBe('yes');
    for (const id of ['*0', '*FFFFFFFE']) {
      expect(await refusal(c.remove(PROFILES, id))).toMatchObject({ message: 'Router refused: can not remove default profile' });
    }
    const id = await c.add(PROFILES, { name: '20M', 'rate-limit': '10M/20M', 'local-address': '10.10.10.1', 'remote-address': 'pppoe-pool' });
    expect(id).toBe('*1');
    await c.set(PROFILES, '20M', { 'only-one': 'yes' });
    expect((await c.print(PROFILES, { name: '20M' }))[0]).toMatchObject({
      'rate-limit': '10M/20M', 'local-address': '10.10.10.1', 'remote-address': 'pppoe-pool', 'only-one': 'yes', default: 'false',
    });
    expect(await refusal(c.set(PROFILES, id, { 'only-one': 'sometimes' }))).toMatchObject({
      message: 'Router refused: input does not match any value of only-one',
    });
    await c.remove(PROFILES, id);
    expect(await c.command([`${PROFILES}/print`, '=count-only='])).toEqual([{ ret: '2' }]);
  });

  it('secrets: add/print/set/remove in RouterOS forms, never-logged-out as the epoch', async () => {
    await c.add(PROFILES, { name: '20M' });
    const id = await c.add(SECRETS, { name: 'dave', password: 'pw', service: 'pppoe', profile: '20M', 'remote-address': '10.10.10.30' });
    await c.add(SECRETS, { name: 'erin', disabled: 'yes', comment: 'unpaid' });
    expect(id).toBe('*1');
    const [d, e] = await c.print(SECRETS);
    expect(d).toEqual({
      '.id': '*1', name: 'dave', service: 'pppoe', 'caller-id': '', password: 'pw', profile: '20M',
      'remote-address': '10.10.10.30', routes: '', 'limit-bytes-in': '0', 'limit-bytes-out': '0',
      'last-logged-out': '1970-01-01 00:00:00', disabled: 'false',
    });
    expect(e).toMatchObject({ name: 'erin', service: 'any', profile: 'default', disabled: 'true', comment: 'unpaid' });
    await c.set(SECRETS, 'erin', { disabled: 'no', 'limit-bytes-out': '1000000', 'caller-id': CALLER });
    expect((await c.print(SECRETS, { name: 'erin' }))[0]).toMatchObject({ disabled: 'false', 'limit-bytes-out': '1000000', 'caller-id': CALLER });
    expect(sim.pppSecrets()[1]).toMatchObject({ name: 'erin', service: 'any', profile: 'default', callerId: CALLER, limitBytesOut: 1_000_000n });
    await c.remove(SECRETS, `${id},erin`);
    expect(await c.print(SECRETS)).toEqual([]);
  });

  it('secrets refuse like RouterOS: duplicate name, unknown service or profile, bad values', async () => {
    await c.add(SECRETS, { name: 'dave' });
    expect(await refusal(c.add(SECRETS, { name: 'dave' }))).toMatchObject({ message: 'Router refused: failure: secret with the same name already exists' });
    expect(await refusal(c.add(SECRETS, { name: 'x', service: 'pppoa' }))).toMatchObject({
      message: 'Router refused: input does not match any value of service', category: 1,
    });
    expect(await refusal(c.add(SECRETS, { name: 'x', profile: 'gold' }))).toMatchObject({ message: 'Router refused: input does not match any value of profile' });
    expect(await refusal(c.add(SECRETS, { name: 'x', 'limit-bytes-in': 'many' }))).toMatchObject({ message: 'Router refused: invalid value for argument limit-bytes-in' });
    expect(await refusal(c.add(SECRETS, { name: 'x', 'remote-address': 'ten' }))).toMatchObject({ message: 'Router refused: invalid value for argument remote-address' });
    expect(await refusal(c.add(SECRETS, { name: 'x', speed: 'fast' }))).toMatchObject({ message: 'Router refused: unknown parameter speed' });
    expect(() => sim.editPppSecret('dave', { service: 'carrier-pigeon' })).toThrow('input does not match any value of service');
    expect(() => sim.editPppSecret('nobody', {})).toThrow('no PPP secret named nobody');
  });

  it('a dial-in shows in /ppp/active and as a dynamic pppoe-in interface with counters at 0', async () => {
    sim.addPppSecret({ name: 'dave', password: 'pw', service: 'pppoe' });
    const id = sim.dialPpp({ ...dave, uptimeSeconds: 3725 });
    expect(await c.print(ACTIVE)).toEqual([
      {
        '.id': id, name: 'dave', service: 'pppoe', 'caller-id': CALLER, address: '10.10.10.30', uptime: '1h2m5s',
        encoding: '', 'session-id': expect.stringMatching(/^0x81[0-9A-F]{6}$/), 'limit-bytes-in': '0', 'limit-bytes-out': '0', radius: 'false',
      },
    ]);
    const [iface] = await pppoeInterfaces();
    expect(iface).toMatchObject({
      '.id': '*F00000', name: '<pppoe-dave>', type: 'pppoe-in', mtu: '1480', 'actual-mtu': '1480', 'link-downs': '0',
      'rx-byte': '0', 'tx-byte': '0', 'rx-packet': '0', 'tx-packet': '0', 'rx-drop': '0', 'tx-drop': '0',
      'tx-queue-drop': '0', 'rx-error': '0', 'tx-error': '0', running: 'true', dynamic: 'true', disabled: 'false',
    });
    expect(iface['last-link-up-time']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect((await c.print(IFACES)).map((i) => [i.name, i.type, i.dynamic])).toEqual([
      ['ether1', 'ether', 'false'],
      ['ether2', 'ether', 'false'],
      ['<pppoe-dave>', 'pppoe-in', 'true'],
    ]);
    expect(sim.pppSessions()).toEqual([
      { id, name: 'dave', service: 'pppoe', callerId: CALLER, address: '10.10.10.30', uptimeSeconds: 3725, up: 0n, down: 0n, interfaceName: '<pppoe-dave>' },
    ]);
  });

  it('dial-ins are refused for a missing, disabled, wrong-password or other-service secret, and twice', async () => {
    expect(() => sim.dialPpp(dave)).toThrow('authentication failed');
    sim.addPppSecret({ name: 'dave', password: 'pw', disabled: true });
    expect(() => sim.dialPpp(dave)).toThrow('secret is disabled');
    sim.editPppSecret('dave', { disabled: 'no', service: 'l2tp' });
    expect(() => sim.dialPpp(dave)).toThrow('authentication failed');
    sim.editPppSecret('dave', { service: 'any' });
    expect(() => sim.dialPpp({ ...dave, password: 'guess' })).toThrow('authentication failed');
    sim.dialPpp(dave);
    expect(() => sim.dialPpp(dave)).toThrow('dave is already connected');
    expect(await c.print(ACTIVE)).toHaveLength(1);
  });

  it('traffic counts from the router side: up (client upload) on rx-byte, down on tx-byte, and on its queue', async () => {
    sim.addPppSecret({ name: 'dave', password: 'pw' });
    sim.dialPpp(dave);
    await c.add('/queue/simple', { name: 'dave', target: dave.address, 'max-limit': '10M/20M' });
    sim.movePppBytes('dave', { up: 1500, down: 64_000n });
    sim.movePppBytes('dave', { up: 500, down: 0 });
    expect((await pppoeInterfaces())[0]).toMatchObject({ 'rx-byte': '2000', 'tx-byte': '64000', 'rx-packet': '3', 'tx-packet': '64' });
    expect((await c.print('/queue/simple'))[0].bytes).toBe('2000/64000');
    expect(sim.interfaces()[2]).toMatchObject({ name: '<pppoe-dave>', rxByte: 2000n, txByte: 64_000n });
    expect(() => sim.movePppBytes('erin', { up: 1, down: 1 })).toThrow('no active PPP session for erin');
  });

  it('/ppp/active/remove kills the session and its interface; a re-dial gets a new .id and counters from 0', async () => {
    sim.addPppSecret({ name: 'dave', password: 'pw' });
    const first = sim.dialPpp(dave);
    sim.movePppBytes('dave', { up: 10_000, down: 20_000 });
    const firstInterface = (await pppoeInterfaces())[0]['.id'];
    await c.remove(ACTIVE, first);
    expect(await c.print(ACTIVE)).toEqual([]);
    expect(await pppoeInterfaces()).toEqual([]);
    const [secret] = await c.print(SECRETS);
    expect(secret['last-logged-out']).not.toBe('1970-01-01 00:00:00');
    expect(secret['last-caller-id']).toBe(CALLER);

    const second = sim.dialPpp(dave);
    expect(second).not.toBe(first);
    const [iface] = await pppoeInterfaces();
    expect(iface).toMatchObject({ name: '<pppoe-dave>', 'rx-byte': '0', 'tx-byte': '0' });
    expect(iface['.id']).not.toBe(firstInterface);

    sim.hangUpPpp('dave');
    expect(sim.pppSessions()).toEqual([]);
    expect(() => sim.hangUpPpp('dave')).toThrow('no active PPP session for dave');
    expect(await refusal(c.remove(ACTIVE, second))).toMatchObject({ message: 'Router refused: no such item' });
  });

  it('reboot drops PPP sessions and their interfaces; secrets stay', async () => {
    sim.addPppSecret({ name: 'dave', password: 'pw' });
    sim.dialPpp(dave);
    sim.reboot();
    await eventually(() => !c.alive);
    c = await connectTo(sim);
    expect(await c.print(ACTIVE)).toEqual([]);
    expect((await c.print(IFACES)).map((i) => i.name)).toEqual(['ether1', 'ether2']);
    expect((await c.print(SECRETS)).map((s) => s.name)).toEqual(['dave']);
    expect(sim.pppSessions()).toEqual([]);
    sim.dialPpp(dave);
    expect((await pppoeInterfaces())[0]['rx-byte']).toBe('0');
  });

  it('a RouterOS 6 router writes dates the old way', async () => {
    const old = await startSim({ version: '6.49.17 (long-term)', emptyReplies: false });
    const oc = await connectTo(old);
    try {
      old.addPppSecret({ name: 'dave' });
      expect((await oc.print(SECRETS))[0]['last-logged-out']).toBe('jan/01/1970 00:00:00');
    } finally {
      await oc.close();
      await old.stop();
    }
  });
});

describe('RouterOS simulator: PPP over the control API', () => {
  let sim: RouterOsSimulator;
  let api: ControlApi;
  const call = (method: string, path: string, body?: unknown) => control(api.port, method, path, body);

  beforeEach(async () => {
    sim = await startSim();
    api = await startControlApi(sim, 0);
  });
  afterEach(async () => {
    await api.close();
    await sim.stop();
  });

  it('adds and edits secrets, dials, moves traffic and hangs up; GET /state shows sessions and interfaces', async () => {
    expect(await call('POST', '/ppp/secrets', { name: 'dave', password: 'pw', service: 'pppoe', disabled: true })).toEqual({ status: 200, json: { id: '*1' } });
    expect((await call('POST', '/ppp/dial', dave)).status).toBe(409);
    expect((await call('PATCH', '/ppp/secrets/dave', { fields: { disabled: 'no' } })).status).toBe(200);
    expect(await call('POST', '/ppp/dial', { ...dave, uptimeSeconds: 60 })).toEqual({ status: 200, json: { id: '*1' } });
    expect((await call('POST', '/ppp/traffic', { name: 'dave', up: 700, down: 9000 })).status).toBe(200);

    const { json: state } = await call('GET', '/state');
    expect(state.pppSecrets).toEqual([expect.objectContaining({ id: '*1', name: 'dave', service: 'pppoe', disabled: false, lastLoggedOut: null })]);
    expect(state.pppSessions).toEqual([
      { id: '*1', name: 'dave', service: 'pppoe', callerId: CALLER, address: dave.address, uptimeSeconds: 60, up: 700, down: 9000, interfaceName: '<pppoe-dave>' },
    ]);
    expect(state.interfaces.find((i: { name: string }) => i.name === '<pppoe-dave>')).toMatchObject({
      type: 'pppoe-in', dynamic: true, running: true, rxByte: 700, txByte: 9000,
    });

    expect((await call('DELETE', '/ppp/sessions/dave')).status).toBe(200);
    expect(await call('DELETE', '/ppp/sessions/dave')).toEqual({ status: 409, json: { error: 'no active PPP session for dave' } });
    expect((await call('POST', '/ppp/traffic', { name: 'dave', up: -1, down: 0 })).status).toBe(400);
    expect((await call('POST', '/ppp/dial', { name: 'dave' })).json).toEqual({ error: '"callerId" must be a non-empty string' });
    expect((await call('GET', '/state')).json).toMatchObject({ pppSessions: [], interfaces: [{ name: 'ether1' }, { name: 'ether2' }] });
  });
});
