/**
 * The simulator's routers state as the real client sees it: queues (queries, .proplist, rate forms,
 * upload/download halves), hotspot sessions and their counters, continuous shaped traffic, hand edits.
 */
import type { RouterOsSimulator } from '@tm/routeros-sim';
import type { RouterOsClient } from '../../src/modules/bandwidth/routeros';
import { connectTo, sleep, startSim, timed } from './fixtures';

const QUEUES = '/queue/simple';
const ACTIVE = '/ip/hotspot/active';
const MAC = '02:00:00:00:01:0A';

describe('RouterOS simulator: state', () => {
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

  it('print: exact ?name= queries, other query forms, .proplist', async () => {
    await c.add(QUEUES, { name: 'a', target: '10.0.0.1', comment: 'first' });
    await c.add(QUEUES, { name: 'b', target: '10.0.0.2/32' });
    await c.add(QUEUES, { name: 'c', target: '10.0.0.3' });
    const names = (rows: Record<string, string>[]) => rows.map((r) => r.name);
    expect(names(await c.print(QUEUES, { name: 'b' }))).toEqual(['b']);
    expect(names(await c.print(QUEUES, { target: '10.0.0.3/32' }))).toEqual(['c']);
    expect(names(await c.print(QUEUES, { name: 'B' }))).toEqual([]);
    expect(names(await c.command([`${QUEUES}/print`, '?name=a', '?name=c', '?#|']))).toEqual(['a', 'c']);
    expect(names(await c.command([`${QUEUES}/print`, '?comment']))).toEqual(['a']);
    expect(names(await c.command([`${QUEUES}/print`, '?-comment']))).toEqual(['b', 'c']);
    expect(await c.command([`${QUEUES}/print`, '=.proplist=name,.id', '?name=c'])).toEqual([{ name: 'c', '.id': '*3' }]);
    expect(await c.command([`${QUEUES}/print`, '=count-only='])).toEqual([{ ret: '3' }]);
  });

  it('rates are entered 512k / 2M / 1G / 1.5M / plain and printed as plain bits per second, upload first', async () => {
    const cases: [string, string][] = [
      ['512k/2M', '512000/2000000'],
      ['1G/1.5M', '1000000000/1500000'],
      ['64000/128000', '64000/128000'],
      ['5M', '5000000/5000000'],
      ['256K/1M', '256000/1000000'],
    ];
    for (const [i, [entered]] of cases.entries()) await c.add(QUEUES, { name: `r${i}`, 'max-limit': entered, 'limit-at': entered });
    const rows = await c.print(QUEUES);
    expect(rows.map((r) => r['max-limit'])).toEqual(cases.map(([, printed]) => printed));
    expect(rows.map((r) => r['limit-at'])).toEqual(cases.map(([, printed]) => printed));
    expect(sim.queues()[0].maxLimit).toEqual([512_000, 2_000_000]);
    const bad = await timed(c.add(QUEUES, { name: 'bad', 'max-limit': '2X' }));
    expect(bad.error).toMatchObject({ kind: 'TRAP', message: 'Router refused: invalid value for argument max-limit', category: 1 });
  });

  it('every field a queue prints, in RouterOS form', async () => {
    await c.add(QUEUES, { name: 'tm-x', target: '10.5.50.9', 'max-limit': '1M/2M' });
    const [row] = await c.print(QUEUES);
    expect(row).toEqual(expect.objectContaining({
      '.id': '*1', name: 'tm-x', target: '10.5.50.9/32', 'max-limit': '1000000/2000000', 'limit-at': '0/0',
      bytes: '0/0', rate: '0/0', packets: '0/0', disabled: 'false', dynamic: 'false', invalid: 'false',
    }));
    expect(row).not.toHaveProperty('comment');
  });

  it('moved bytes: session bytes-in is the client upload; the queue counts upload first', async () => {
    await c.add(QUEUES, { name: 'q', target: '10.5.50.10', 'max-limit': '1M/2M' });
    sim.addSession({ user: 'alice', address: '10.5.50.10', macAddress: MAC.toLowerCase(), uptimeSeconds: 93_784 });
    sim.moveBytes(MAC, { up: 1234, down: 56_789n });
    const [session] = await c.print(ACTIVE);
    expect(session).toMatchObject({
      '.id': '*1', user: 'alice', address: '10.5.50.10', 'mac-address': MAC, uptime: '1d2h3m4s',
      'bytes-in': '1234', 'bytes-out': '56789', 'packets-in': '2', 'packets-out': '57',
    });
    expect((await c.print(QUEUES))[0].bytes).toBe('1234/56789');
    expect(sim.sessions()[0]).toMatchObject({ bytesIn: 1234n, bytesOut: 56_789n, macAddress: MAC });
  });

  it('a disabled queue or one for another address counts nothing', async () => {
    await c.add(QUEUES, { name: 'off', target: '10.5.50.10', disabled: 'yes' });
    await c.add(QUEUES, { name: 'other', target: '10.5.50.99' });
    sim.addSession({ user: 'u', address: '10.5.50.10', macAddress: MAC });
    sim.moveBytes(MAC, { up: 10, down: 20 });
    expect((await c.print(QUEUES)).map((q) => q.bytes)).toEqual(['0/0', '0/0']);
  });

  it('continuous traffic is shaped by max-limit and shows in rate; stopping it brings rate back to 0', async () => {
    await c.add(QUEUES, { name: 'q', target: '10.5.50.10', 'max-limit': '256k/1M' });
    sim.addSession({ user: 'u', address: '10.5.50.10', macAddress: MAC });
    sim.setTraffic(MAC, { up: 400_000, down: 600_000 });
    await sleep(700);
    const [q] = await c.print(QUEUES);
    expect(q.rate).toBe('256000/600000');
    const [up, down] = q.bytes.split('/').map(Number);
    // ~0.5–0.75 s at 32 000 B/s up and 75 000 B/s down
    expect(up).toBeGreaterThan(12_000);
    expect(up).toBeLessThan(30_000);
    expect(down).toBeGreaterThan(30_000);
    expect(down).toBeLessThan(70_000);
    sim.setTraffic(MAC, null);
    const [stopped] = await c.print(QUEUES);
    expect(stopped.rate).toBe('0/0');
    expect((await c.print(ACTIVE))[0]['bytes-in']).toBe(stopped.bytes.split('/')[0]);
  });

  it('a session that ends leaves the hotspot list; its queue stays', async () => {
    await c.add(QUEUES, { name: 'q', target: '10.5.50.10' });
    sim.addSession({ user: 'u', address: '10.5.50.10', macAddress: MAC });
    sim.setTraffic(MAC, { up: 1000, down: 1000 });
    sim.endSession(MAC);
    expect(await c.print(ACTIVE)).toEqual([]);
    expect(await c.print(QUEUES)).toHaveLength(1);
    const id = sim.addSession({ user: 'u', address: '10.5.50.10', macAddress: MAC });
    await c.remove(ACTIVE, id);
    expect(sim.sessions()).toEqual([]);
  });

  it('hand edits (drift) parse like the API: visible to the client, same errors', async () => {
    const id = await c.add(QUEUES, { name: 'tm-a', target: '10.5.50.10', 'max-limit': '1M/2M' });
    sim.editQueue('tm-a', { 'max-limit': '10M/10M', comment: 'changed in Winbox' });
    expect((await c.print(QUEUES, { name: 'tm-a' }))[0]).toMatchObject({ '.id': id, 'max-limit': '10000000/10000000', comment: 'changed in Winbox' });
    const manual = sim.addQueue({ name: 'by-hand', target: '10.5.50.11' });
    expect(() => sim.editQueue('by-hand', { name: 'tm-a' })).toThrow('failure: already have such name');
    expect(() => sim.editQueue('missing', {})).toThrow('no queue named missing');
    const dup = await timed(c.set(QUEUES, manual, { name: 'tm-a' }));
    expect(dup.error).toMatchObject({ kind: 'TRAP', message: 'Router refused: failure: already have such name' });
    await c.remove(QUEUES, `${id},${manual}`);
    expect(sim.queues()).toEqual([]);
  });

  it('reboot: sessions gone, queues kept with counters at 0, connections dropped', async () => {
    await c.add(QUEUES, { name: 'q', target: '10.5.50.10' });
    sim.addSession({ user: 'u', address: '10.5.50.10', macAddress: MAC });
    sim.moveBytes(MAC, { up: 5, down: 6 });
    sim.reboot();
    expect(sim.sessions()).toEqual([]);
    expect(sim.queues()[0]).toMatchObject({ name: 'q', bytes: [0n, 0n], rate: [0, 0] });
    expect(sim.connectionCount).toBe(0);
  });
});
