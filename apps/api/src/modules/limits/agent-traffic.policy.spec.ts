import { agentTraffic, AgentCounters } from './agent-traffic.policy';

const GB = 1024n ** 3n;
const base: AgentCounters = { agentId: 1, limit: 10n * GB, quotaMode: 'USAGE', charged: 0n, allocated: 0n, lifetime: 0n, activeUsers: 0, suspendedUsers: 0 };

describe('agentTraffic', () => {
  it.each([
    ['unlimited', { limit: null, charged: 5n * GB }, { remaining: null, percent: null, exceeded: false }],
    ['usage, under', { charged: 2n * GB + GB / 2n }, { remaining: 7n * GB + GB / 2n, percent: 25, exceeded: false }],
    ['usage, exactly at the line', { charged: 10n * GB }, { remaining: 0n, percent: 100, exceeded: true }],
    ['usage, over', { charged: 12n * GB }, { remaining: 0n, percent: 120, exceeded: true }],
    ['allocation counts granted limits, not usage', { quotaMode: 'ALLOCATION', charged: 9n * GB, allocated: 4n * GB }, { remaining: 6n * GB, percent: 40, exceeded: false }],
    ['zero limit', { limit: 0n }, { remaining: 0n, percent: 100, exceeded: true }],
  ] as const)('%s', (_name, patch, expected) => {
    expect(agentTraffic({ ...base, ...(patch as Partial<AgentCounters>) })).toMatchObject(expected);
  });
});
