/**
 * RouterOsClient (the real node-routeros 1.6.9 underneath) against the simulator: calls, errors with
 * their kinds and messages, deadlines, dead connections. No database.
 */
import type { RouterOsSimulator } from '@tm/routeros-sim';
import { RouterError, type RouterConnectOptions, type RouterOsClient } from '../../src/modules/bandwidth/routeros';
import { connectTo, eventually, sleep, startSim, timed, USER } from './fixtures';

const QUEUES = '/queue/simple';

describe('RouterOsClient', () => {
  let sim: RouterOsSimulator;
  const clients: RouterOsClient[] = [];
  const connect = async (extra: Partial<RouterConnectOptions> = {}) => {
    const c = await connectTo(sim, extra);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    sim = await startSim();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await sim.stop();
  });

  it('logs in (non-ASCII password) and reads identity and version', async () => {
    const c = await connect();
    expect(c.alive).toBe(true);
    expect(await c.print('/system/identity')).toEqual([{ name: 'MikroTik' }]);
    const [resource] = await c.print('/system/resource');
    expect(resource.version).toBe('7.18.2 (stable)');
    expect(sim.commands[0]).toEqual(['/login', `=name=${USER.name}`, `=password=${USER.password}`, expect.stringMatching(/^\.tag=/)]);
  });

  it('adds, finds by name, changes and removes a queue; rates entered 2M are printed 2000000', async () => {
    const c = await connect();
    const id = await c.add(QUEUES, { name: 'tm-q1', target: '10.5.50.12', 'max-limit': '512k/2M', comment: 'Café ñ €' });
    expect(id).toMatch(/^\*[0-9A-F]+$/);
    const [row] = await c.print(QUEUES, { name: 'tm-q1' });
    expect(row).toMatchObject({ '.id': id, name: 'tm-q1', target: '10.5.50.12/32', 'max-limit': '512000/2000000', comment: 'Café ñ €', disabled: 'false' });

    await c.set(QUEUES, id, { 'max-limit': '1M/4M', disabled: 'yes' });
    expect((await c.print(QUEUES, { name: 'tm-q1' }))[0]).toMatchObject({ 'max-limit': '1000000/4000000', disabled: 'true' });
    expect(sim.queues()[0].maxLimit).toEqual([1_000_000, 4_000_000]);

    await c.remove(QUEUES, id);
    expect(await c.print(QUEUES)).toEqual([]);
  });

  it('a refused command rejects TRAP with the router message; the connection stays usable', async () => {
    const c = await connect();
    await c.add(QUEUES, { name: 'dup', target: '10.0.0.1' });
    const dup = await timed(c.add(QUEUES, { name: 'dup', target: '10.0.0.2' }));
    expect(dup.error).toBeInstanceOf(RouterError);
    expect(dup.error).toMatchObject({ kind: 'TRAP', message: 'Router refused: failure: already have such name' });

    const missing = await timed(c.set(QUEUES, '*99', { comment: 'x' }));
    expect(missing.error).toMatchObject({ kind: 'TRAP', message: 'Router refused: no such item', category: 0 });

    sim.failNext('/queue/simple/add', 'not enough permissions (9)', { category: 1 });
    expect((await timed(c.add(QUEUES, { name: 'other' }))).error).toMatchObject({ kind: 'TRAP', message: 'Router refused: not enough permissions (9)', category: 1 });
    expect(sim.queues().map((q) => q.name)).toEqual(['dup']);

    expect(c.alive).toBe(true);
    expect(await c.add(QUEUES, { name: 'other' })).toMatch(/^\*/);
  });

  it('an unknown command is a TRAP "no such command prefix"', async () => {
    const c = await connect();
    expect((await timed(c.command(['/nope/print']))).error).toMatchObject({ kind: 'TRAP', message: 'Router refused: no such command prefix' });
  });

  it('print with no rows: RouterOS 7.18+ !empty and 6.x both give []', async () => {
    const c = await connect();
    expect(await c.print(QUEUES)).toEqual([]);
    expect(await c.print('/ip/hotspot/active', { 'mac-address': 'AA:AA:AA:AA:AA:AA' })).toEqual([]);
    await sim.stop();
    sim = await startSim({ emptyReplies: false, version: '6.49.17 (long-term)' });
    const old = await connect();
    expect(await old.print(QUEUES)).toEqual([]);
  });

  it('runs concurrent calls over one connection (tags keep replies apart)', async () => {
    const c = await connect();
    await Promise.all(['a', 'b', 'c', 'd'].map((n, i) => c.add(QUEUES, { name: n, target: `10.0.0.${i + 1}` })));
    const reads = await Promise.all(['a', 'b', 'c', 'd', 'zz'].map((n) => c.print(QUEUES, { name: n })));
    expect(reads.map((r) => r.map((q) => q.name))).toEqual([['a'], ['b'], ['c'], ['d'], []]);
  });

  it('wrong password rejects AUTH with the router wording', async () => {
    const r = await timed(connectTo(sim, { password: 'wrong' }));
    expect(r.error).toBeInstanceOf(RouterError);
    expect(r.error).toMatchObject({ kind: 'AUTH', message: 'Login refused: invalid user name or password (6)' });
  });

  it('a router that is down rejects UNREACHABLE, and it is reachable again when back on the same port', async () => {
    const port = sim.port;
    await sim.setDown(true);
    const r = await timed(connectTo(sim, { timeoutMs: 1000 }));
    expect(r.error).toMatchObject({ kind: 'UNREACHABLE', message: `Cannot reach 127.0.0.1:${port} (ECONNREFUSED)` });
    expect(r.ms).toBeLessThan(1000);
    await sim.setDown(false);
    expect(sim.port).toBe(port);
    expect(await (await connect()).print(QUEUES)).toEqual([]);
  });

  it('a silent router: connect rejects TIMEOUT within timeoutMs', async () => {
    sim.setSilent(true);
    const r = await timed(connectTo(sim, { timeoutMs: 300 }));
    expect(r.error).toMatchObject({ kind: 'TIMEOUT', message: 'Router did not answer within 300 ms' });
    expect(r.ms).toBeGreaterThanOrEqual(290);
    expect(r.ms).toBeLessThan(800);
    await eventually(() => sim.connectionCount === 0);
  });

  it('a router that goes silent: the call rejects TIMEOUT, the connection is dropped and calls waiting with it reject', async () => {
    const c = await connect({ timeoutMs: 300 });
    sim.setSilent(true);
    const [first, second] = await Promise.all([timed(c.print(QUEUES)), timed(sleep(100).then(() => c.print('/ip/hotspot/active')))]);
    expect(first.error).toMatchObject({ kind: 'TIMEOUT', message: 'Router did not answer within 300 ms' });
    expect(first.ms).toBeLessThan(800);
    expect(second.error).toMatchObject({ kind: 'CLOSED' });
    expect(c.alive).toBe(false);
    await eventually(() => sim.connectionCount === 0);
    expect((await timed(c.print(QUEUES))).error).toMatchObject({ kind: 'CLOSED' });
  });

  it('the router cutting the connection: alive turns false and the next call rejects CLOSED at once', async () => {
    const c = await connect();
    sim.cutConnections();
    await eventually(() => !c.alive);
    const r = await timed(c.print(QUEUES));
    expect(r.error).toMatchObject({ kind: 'CLOSED' });
    expect(r.ms).toBeLessThan(50);
  });

  it('a reboot drops the connection; a new one sees the queues with counters back at 0', async () => {
    const c = await connect();
    await c.add(QUEUES, { name: 'kept', target: '10.5.50.20', 'max-limit': '1M/2M' });
    sim.addSession({ user: 'u1', address: '10.5.50.20', macAddress: '02:00:00:00:00:20' });
    sim.moveBytes('02:00:00:00:00:20', { up: 1000, down: 5000 });
    expect((await c.print(QUEUES))[0].bytes).toBe('1000/5000');
    sim.reboot();
    await eventually(() => !c.alive);
    const again = await connect();
    expect((await again.print(QUEUES))[0]).toMatchObject({ name: 'kept', bytes: '0/0', 'max-limit': '1000000/2000000' });
    expect(await again.print('/ip/hotspot/active')).toEqual([]);
  });

  it('close() drops the connection, rejects calls still waiting, and never throws', async () => {
    const c = await connect({ timeoutMs: 1000 });
    sim.setSilent(true);
    const waiting = timed(c.print(QUEUES));
    await sleep(50);
    await c.close();
    await c.close();
    const r = await waiting;
    expect(r.error).toMatchObject({ kind: 'CLOSED' });
    expect(r.ms).toBeLessThan(500);
    expect(c.alive).toBe(false);
    await eventually(() => sim.connectionCount === 0);
  });

  it('an idle connection times out quietly: alive false, no crash, the next call says CLOSED', async () => {
    const c = await connect({ timeoutMs: 300, idleTimeoutMs: 300 });
    await eventually(() => !c.alive, 2000);
    expect((await timed(c.print(QUEUES))).error).toMatchObject({ kind: 'CLOSED', message: expect.stringContaining('without traffic') });
  });

  it('a menu path must start with /', async () => {
    const c = await connect();
    expect((await timed(c.print('queue/simple'))).error).toMatchObject({ kind: 'PROTOCOL' });
  });
});
