import { BandwidthState, DesiredLimit, QUEUE_COMMENT, RouterQueue, backoffMs, parseRouterOsDuration, planReconcile } from './bandwidth.policy';

const MAC_A = 'AA:AA:AA:AA:AA:01';
const MAC_B = 'AA:AA:AA:AA:AA:02';
const limit = (id: number, mac: string, up = 512_000, down = 2_000_000, userActive = true): DesiredLimit => ({ assignmentId: id, macAddress: mac, upBps: up, downBps: down, userActive });
const queue = (id: string, name: string, target: string, maxLimit = '512000/2000000', disabled = false): RouterQueue => ({ id, name, target, maxLimit, disabled });

describe('planReconcile', () => {
  it('adds a queue named tm-<MAC> on the session address, upload first', () => {
    const plan = planReconcile([limit(1, MAC_A)], [{ macAddress: MAC_A, address: '10.5.50.2' }], []);
    expect(plan.actions).toEqual([
      { kind: 'add', assignmentId: 1, fields: { name: `tm-${MAC_A}`, target: '10.5.50.2/32', 'max-limit': '512000/2000000', comment: QUEUE_COMMENT } },
    ]);
    expect(plan.outcomes.get(1)).toBe(BandwidthState.APPLIED);
  });

  it('leaves a matching queue alone', () => {
    const plan = planReconcile([limit(1, MAC_A)], [{ macAddress: MAC_A, address: '10.5.50.2' }], [queue('*1', `tm-${MAC_A}`, '10.5.50.2/32')]);
    expect(plan.actions).toEqual([]);
  });

  it('fixes drift: speeds, address and a disabled queue', () => {
    const plan = planReconcile([limit(1, MAC_A)], [{ macAddress: MAC_A, address: '10.5.50.9' }], [queue('*1', `tm-${MAC_A}`, '10.5.50.2/32', '1000000/1000000', true)]);
    expect(plan.actions).toEqual([
      { kind: 'set', assignmentId: 1, queueId: '*1', fields: { target: '10.5.50.9/32', 'max-limit': '512000/2000000', disabled: 'no' } },
    ]);
  });

  it('waits for a session, and removes the queue when the session ended', () => {
    const plan = planReconcile([limit(1, MAC_A)], [], [queue('*1', `tm-${MAC_A}`, '10.5.50.2/32')]);
    expect(plan.outcomes.get(1)).toBe(BandwidthState.WAITING);
    expect(plan.actions).toEqual([{ kind: 'remove', queueId: '*1', name: `tm-${MAC_A}`, assignmentId: 1 }]);
  });

  it('removes the queue of a user who may not be online', () => {
    const plan = planReconcile([limit(1, MAC_A, 1, 1, false)], [{ macAddress: MAC_A, address: '10.5.50.2' }], [queue('*1', `tm-${MAC_A}`, '10.5.50.2/32')]);
    expect(plan.outcomes.get(1)).toBe(BandwidthState.INACTIVE);
    expect(plan.actions.map((a) => a.kind)).toEqual(['remove']);
  });

  it('removes orphans with our prefix and never touches anyone else’s queues', () => {
    const plan = planReconcile(
      [],
      [{ macAddress: MAC_B, address: '10.5.50.3' }],
      [queue('*1', `tm-${MAC_B}`, '10.5.50.3/32'), queue('*2', 'office-uplink', '10.5.50.3/32'), queue('*3', 'TM-lookalike', '10.0.0.1/32')],
    );
    expect(plan.actions).toEqual([{ kind: 'remove', queueId: '*1', name: `tm-${MAC_B}`, assignmentId: null }]);
  });

  it('matches sessions case-insensitively by MAC', () => {
    const plan = planReconcile([limit(1, MAC_A)], [{ macAddress: MAC_A.toLowerCase(), address: '10.5.50.2' }], []);
    expect(plan.actions.map((a) => a.kind)).toEqual(['add']);
  });
});

describe('backoffMs', () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [10, 300_000],
    [1000, 300_000],
  ])('failure %p waits %p ms', (n, ms) => expect(backoffMs(n, 5_000, 300_000)).toBe(ms));
});

describe('parseRouterOsDuration', () => {
  it.each([
    ['45s', 45],
    ['1m5s', 65],
    ['2h', 7200],
    ['1d2h3m4s', 93784],
    ['1w1s', 604801],
    ['00:01:05', 65],
    ['3m', 180],
  ])('%p → %p s', (text, s) => expect(parseRouterOsDuration(text)).toBe(s));
  it.each(['', 'soon', '5x', undefined])('%p is unreadable', (text) => expect(parseRouterOsDuration(text)).toBeNull());
});
