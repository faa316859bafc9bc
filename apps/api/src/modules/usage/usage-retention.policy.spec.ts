import { retentionCutoff } from './usage-retention.policy';

describe('retentionCutoff', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    [0, null],
    [1, '2026-03-09T12:00:00.000Z'],
    [30, '2026-02-08T12:00:00.000Z'],
    [3650, '2016-03-12T12:00:00.000Z'],
  ])('%d days → %s', (days, cutoff) => {
    expect(retentionCutoff(days, now)?.toISOString() ?? null).toBe(cutoff);
  });
});
