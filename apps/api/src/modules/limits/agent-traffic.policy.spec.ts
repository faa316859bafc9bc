import { agentTraffic, AgentCounters } from './agent-traffic.policy';

const GB = 1024n ** 3n;
const base: AgentCounters = {
  agentId: 1, username: 'a', status: 'ACTIVE', limit: 10n * GB, quotaMode: 'USAGE', charged: 0n, allocated: 0n, lifetime: 0n,
  maxUsers: null, users: 0, activeUsers: 0, suspendedUsers: 0, limitedUsers: 0, expiredUsers: 0, disabledUsers: 0,
};

describe('agentTraffic', () => {
  it.each([
    ['unlimited', { limit: null, charged: 5n * GB }, { remaining: null, percent: null, exceeded: false, soldOut: false }],
    ['usage, under', { charged: 2n * GB + GB / 2n }, { remaining: 7n * GB + GB / 2n, percent: 25, exceeded: false }],
    ['usage, exactly at the line', { charged: 10n * GB }, { remaining: 0n, percent: 100, exceeded: true, soldOut: true }],
    ['usage, over', { charged: 12n * GB }, { remaining: 0n, percent: 120, exceeded: true }],
    ['allocation counts granted limits, not usage', { quotaMode: 'ALLOCATION', charged: 9n * GB, allocated: 4n * GB }, { remaining: 6n * GB, percent: 40, exceeded: false }],
    ['allocation sold out is not a stop of service', { quotaMode: 'ALLOCATION', charged: 3n * GB, allocated: 10n * GB }, { remaining: 0n, exceeded: false, soldOut: true }],
    ['allocation still stops service when usage reaches the limit', { quotaMode: 'ALLOCATION', charged: 10n * GB, allocated: 2n * GB }, { exceeded: true, soldOut: false }],
    ['zero limit', { limit: 0n }, { remaining: 0n, percent: 100, exceeded: true }],
    ['user slots', { maxUsers: 5, users: 3 }, { userSlotsLeft: 2 }],
    ['no slots left, never negative', { maxUsers: 2, users: 3 }, { userSlotsLeft: 0 }],
  ] as const)('%s', (_name, patch, expected) => {
    expect(agentTraffic({ ...base, ...(patch as Partial<AgentCounters>) })).toMatchObject(expected);
  });
});
