/**
 * The simulator's hotspot user database as the real client sees it: `/ip/hotspot/user` and its profiles
 * (RouterOS field forms, traps for duplicates, unknown profiles and bad values), logins through the login
 * page lever, kicked sessions, counters that reach the user at logout, and the control API routes.
 */
import { type ControlApi, type RouterOsSimulator, startControlApi } from '@tm/routeros-sim';
import type { RouterOsClient } from '../../src/modules/bandwidth/routeros';
import { connectTo, control, refusal, sleep, startSim } from './fixtures';

const USERS = '/ip/hotspot/user';
const PROFILES = '/ip/hotspot/user/profile';
const ACTIVE = '/ip/hotspot/active';
const MAC = '02:00:00:00:03:01';

describe('RouterOS simulator: hotspot users and profiles', () => {
  let sim: RouterOsSimulator;
  let c: RouterOsClient;

  beforeEach(async () => {
    sim = await startSim();
    c = await connectTo(sim);
  });
  afterEach(async () => {
    await c.close();
    await sim.stop();
  });

  it('a default profile exists from boot as *0 with RouterOS defaults, and cannot be removed', async () => {
    expect(await c.print(PROFILES)).toEqual([
      expect.objectContaining({
        '.id': '*0', name: 'default', 'idle-timeout': 'none', 'keepalive-timeout': '2m', 'status-autorefresh': '1m',
        'shared-users': '1', 'transparent-proxy': 'false', default: 'true',
      }),
    ]);
    expect((await c.print(PROFILES))[0]).not.toHaveProperty('rate-limit');
    expect(await refusal(c.remove(PROFILES, '*0'))).toMatchObject({ kind: 'TRAP', message: 'Router refused: can not remove default profile' });
    expect(await c.command([`${PROFILES}/getall`])).toEqual(await c.print(PROFILES));
  });

  it('profiles: add/set/remove; rate-limit kept as typed (rx/tx = client upload/download); bad values trap', async () => {
    const id = await c.add(PROFILES, { name: '10M', 'rate-limit': '512k/1M', 'shared-users': '2', 'idle-timeout': '00:05:00' });
    expect(id).toBe('*1');
    expect((await c.print(PROFILES, { name: '10M' }))[0]).toMatchObject({
      '.id': '*1', name: '10M', 'rate-limit': '512k/1M', 'shared-users': '2', 'idle-timeout': '5m', default: 'false',
    });
    await c.set(PROFILES, '10M', { 'rate-limit': '2M/10M 4M/20M', 'address-list': 'paid', 'transparent-proxy': 'yes' });
    expect((await c.print(PROFILES, { name: '10M' }))[0]).toMatchObject({ 'rate-limit': '2M/10M 4M/20M', 'address-list': 'paid', 'transparent-proxy': 'true' });
    expect(sim.hotspotUserProfiles()).toEqual([
      { id: '*0', name: 'default', rateLimit: undefined, sharedUsers: '1' },
      { id: '*1', name: '10M', rateLimit: '2M/10M 4M/20M', sharedUsers: '2' },
    ]);
    expect(await refusal(c.add(PROFILES, { name: '10M' }))).toMatchObject({ message: 'Router refused: failure: already have such name' });
    expect(await refusal(c.set(PROFILES, id, { 'shared-users': 'lots' }))).toMatchObject({
      message: 'Router refused: invalid value for argument shared-users', category: 1,
    });
    expect(await refusal(c.set(PROFILES, id, { 'rate-limit': 'fast' }))).toMatchObject({ message: 'Router refused: invalid value for argument rate-limit' });
    await c.remove(PROFILES, id);
    expect((await c.print(PROFILES)).map((p) => p.name)).toEqual(['default']);
  });

  it('users: add answers the .id; print shows RouterOS forms and leaves unset fields out', async () => {
    await c.add(PROFILES, { name: '10M', 'rate-limit': '512k/1M' });
    const id = await c.add(USERS, {
      name: 'alice', password: 's3cret', profile: '10M', 'mac-address': 'aa-bb-cc-00-00-11',
      'limit-bytes-total': '1073741824', 'limit-uptime': '1h30m', disabled: 'yes', comment: 'room 11',
    });
    await c.add(USERS, { name: 'bob' });
    expect(id).toBe('*1');
    const [alice, bob] = await c.print(USERS);
    expect(alice).toEqual({
      '.id': '*1', server: 'all', name: 'alice', password: 's3cret', 'mac-address': 'AA:BB:CC:00:00:11', profile: '10M',
      'limit-uptime': '1h30m', 'limit-bytes-total': '1073741824', uptime: '0s', 'bytes-in': '0', 'bytes-out': '0',
      'packets-in': '0', 'packets-out': '0', dynamic: 'false', disabled: 'true', comment: 'room 11',
    });
    expect(bob).toMatchObject({ '.id': '*2', name: 'bob', profile: 'default', server: 'all', disabled: 'false' });
    for (const unset of ['password', 'mac-address', 'limit-bytes-total', 'limit-uptime', 'limit-bytes-in', 'address', 'email', 'comment']) {
      expect(bob).not.toHaveProperty(unset);
    }
    expect(await c.command([`${USERS}/print`, '?disabled=true', '=.proplist=name,limit-bytes-total'])).toEqual([
      { name: 'alice', 'limit-bytes-total': '1073741824' },
    ]);
    expect(await c.command([`${USERS}/print`, '?profile=default', '=count-only='])).toEqual([{ ret: '1' }]);
    expect(sim.hotspotUsers()[0]).toMatchObject({
      id: '*1', name: 'alice', password: 's3cret', profile: '10M', macAddress: 'AA:BB:CC:00:00:11',
      limitBytesTotal: 1_073_741_824n, disabled: true, comment: 'room 11',
    });
    expect(sim.hotspotUsers()[1]).toMatchObject({ limitBytesTotal: 0n, macAddress: undefined });
  });

  it('set and remove by .id, by name or a comma list; renaming a profile shows on its users', async () => {
    const a = await c.add(USERS, { name: 'a', 'limit-bytes-total': '500' });
    const b = await c.add(USERS, { name: 'b' });
    await c.set(USERS, 'a', { 'limit-bytes-total': '0', disabled: 'no', comment: 'x' });
    expect((await c.print(USERS, { name: 'a' }))[0]).not.toHaveProperty('limit-bytes-total');
    await c.set(USERS, `${a},${b}`, { profile: 'default', disabled: 'true' });
    expect((await c.print(USERS)).map((u) => u.disabled)).toEqual(['true', 'true']);
    await c.set(PROFILES, '*0', { name: 'basic' });
    expect((await c.print(USERS)).map((u) => u.profile)).toEqual(['basic', 'basic']);
    await c.remove(USERS, `${a},b`);
    expect(await c.print(USERS)).toEqual([]);
  });

  it('refuses like RouterOS: duplicate name, unknown profile, unknown parameter, bad values, no such item', async () => {
    await c.add(USERS, { name: 'alice' });
    const trap = (work: Promise<unknown>) => refusal(work);
    expect(await trap(c.add(USERS, { name: 'alice' }))).toMatchObject({
      kind: 'TRAP', message: 'Router refused: failure: already have user with this name for this server',
    });
    expect(await trap(c.add(USERS, { name: 'x', profile: 'gold' }))).toMatchObject({
      message: 'Router refused: input does not match any value of profile', category: 1,
    });
    expect(await trap(c.add(USERS, { name: 'x', colour: 'red' }))).toMatchObject({ message: 'Router refused: unknown parameter colour', category: 0 });
    for (const [field, value] of [['limit-bytes-total', '-1'], ['limit-bytes-total', '1G'], ['disabled', 'maybe'], ['mac-address', 'nope'], ['limit-uptime', 'soon'], ['address', '10.0.0.300']]) {
      expect(await trap(c.add(USERS, { name: 'x', [field]: value }))).toMatchObject({ message: `Router refused: invalid value for argument ${field}` });
    }
    expect(await trap(c.set(USERS, '*9', { comment: 'x' }))).toMatchObject({ message: 'Router refused: no such item' });
    expect((await c.print(USERS)).map((u) => u.name)).toEqual(['alice']);
  });

  it('login: refused for an unknown user, a wrong password or disabled=yes; allowed again after disabled=no', async () => {
    const id = await c.add(USERS, { name: 'alice', password: 'pw' });
    const device = { user: 'alice', macAddress: MAC, address: '10.5.50.20' };
    expect(() => sim.login({ ...device, user: 'mallory' })).toThrow('invalid username or password');
    expect(() => sim.login({ ...device, password: 'wrong' })).toThrow('invalid username or password');
    await c.set(USERS, id, { disabled: 'yes' });
    expect(() => sim.login({ ...device, password: 'pw' })).toThrow('user is disabled');
    expect(await c.print(ACTIVE)).toEqual([]);
    sim.editHotspotUser('alice', { disabled: 'no' });
    const session = sim.login({ ...device, password: 'pw', uptimeSeconds: 61 });
    expect(await c.print(ACTIVE)).toEqual([expect.objectContaining({ '.id': session, user: 'alice', 'mac-address': MAC, uptime: '1m1s' })]);
  });

  it('a user locked to a MAC logs in only from it; hand edits parse and refuse like the API', async () => {
    sim.addHotspotUser({ name: 'bob', macAddress: '02:00:00:00:03:02' });
    expect(() => sim.login({ user: 'bob', macAddress: MAC, address: '10.5.50.21' })).toThrow('not allowed to log in from');
    sim.login({ user: 'bob', macAddress: '02:00:00:00:03:02', address: '10.5.50.21' });
    expect(() => sim.editHotspotUser('bob', { 'limit-bytes-total': 'lots' })).toThrow('invalid value for argument limit-bytes-total');
    expect(() => sim.editHotspotUser('nobody', {})).toThrow('no hotspot user named nobody');
    expect(() => sim.addHotspotUser({ name: 'bob' })).toThrow('already have user with this name');
    sim.editHotspotUser('bob', { 'limit-bytes-total': '2000000000' });
    expect((await c.print(USERS))[0]['limit-bytes-total']).toBe('2000000000');
  });

  it('a session kicked with /ip/hotspot/active/remove vanishes, its flow stops, its totals reach the user', async () => {
    await c.add(USERS, { name: 'alice' });
    const first = sim.login({ user: 'alice', macAddress: MAC, address: '10.5.50.22', uptimeSeconds: 120 });
    sim.moveBytes(MAC, { up: 4000, down: 90_000 });
    sim.setTraffic(MAC, { up: 800_000, down: 800_000 });
    await sleep(300);
    await c.remove(ACTIVE, first);
    expect(await c.print(ACTIVE)).toEqual([]);
    const [user] = await c.print(USERS);
    expect(Number(user['bytes-in'])).toBeGreaterThanOrEqual(4000);
    expect(Number(user['bytes-out'])).toBeGreaterThanOrEqual(90_000);
    expect(user.uptime).toMatch(/^2m(\d+s)?$/);

    // the same device logs in again: a new session, and the old flow does not come back with it
    const second = sim.login({ user: 'alice', macAddress: MAC, address: '10.5.50.22' });
    expect(second).not.toBe(first);
    await sleep(400);
    expect((await c.print(ACTIVE))[0]).toMatchObject({ '.id': second, 'bytes-in': '0', 'bytes-out': '0' });
    expect(sim.sessions()[0].rate).toEqual([0, 0]);

    await c.command([`${USERS}/reset-counters`, '=.id=alice']);
    expect((await c.print(USERS))[0]).toMatchObject({ uptime: '0s', 'bytes-in': '0', 'bytes-out': '0' });
  });
});

describe('RouterOS simulator: hotspot users over the control API', () => {
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

  it('adds and edits users, logs devices in (409 when refused), and shows users and profiles in GET /state', async () => {
    expect(await call('POST', '/hotspot/users', { name: 'carol', password: 'pw', limitBytesTotal: 5_000_000, disabled: true })).toEqual({
      status: 200, json: { id: '*1' },
    });
    const login = { user: 'carol', password: 'pw', macAddress: MAC, address: '10.5.50.23' };
    expect(await call('POST', '/hotspot/login', login)).toEqual({ status: 409, json: { error: 'login failed for carol: user is disabled' } });
    expect((await call('PATCH', '/hotspot/users/carol', { fields: { disabled: 'no' } })).status).toBe(200);
    expect(await call('POST', '/hotspot/login', login)).toEqual({ status: 200, json: { id: '*1' } });
    expect((await call('POST', '/hotspot/users', { name: 'carol' })).status).toBe(409);
    expect((await call('POST', '/hotspot/users', { password: 'x' })).status).toBe(400);
    expect((await call('PATCH', '/hotspot/users/carol', { fields: { profile: 'gold' } })).json).toEqual({ error: 'input does not match any value of profile' });

    const { json: state } = await call('GET', '/state');
    expect(state.hotspotUsers).toEqual([
      expect.objectContaining({ id: '*1', name: 'carol', profile: 'default', limitBytesTotal: 5_000_000, disabled: false, bytesIn: 0 }),
    ]);
    expect(state.hotspotProfiles).toEqual([{ id: '*0', name: 'default', rateLimit: null, sharedUsers: '1' }]);
    expect(state.sessions).toEqual([expect.objectContaining({ user: 'carol', macAddress: MAC })]);
  });
});
