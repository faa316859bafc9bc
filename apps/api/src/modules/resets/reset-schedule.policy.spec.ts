import { ErrorCode } from '@tm/shared';
import { DomainError } from '../../platform/errors/domain-error';
import { nextRun, nextRuns } from './reset-schedule.policy';

describe('schedule runs', () => {
  it('reads the cron in its time zone', () => {
    const runs = nextRuns('0 3 1 * *', 'Asia/Tehran', new Date('2026-11-21T00:00:00Z'), 3).map((d) => d.toISOString());
    expect(runs).toEqual(['2026-11-30T23:30:00.000Z', '2026-12-31T23:30:00.000Z', '2027-01-31T23:30:00.000Z']);
  });

  it('after a downtime the next run is the next one to come', () => {
    // Daily at 03:00 UTC, last due on the 18th; the process comes back on the 21st at noon.
    expect(nextRun('0 3 * * *', 'UTC', new Date('2026-11-21T12:00:00Z'))?.toISOString()).toBe('2026-11-22T03:00:00.000Z');
  });

  it.each([
    ['not a cron', 'Five fields'],
    ['61 3 * * *', 'Not a valid cron expression'],
    ['0 0 3 * * *', 'Five fields'],
    ['', 'Required'],
  ])('refuses %p with BAD_USER_INPUT', (cron, message) => {
    let error: unknown;
    try {
      nextRuns(cron, 'UTC', new Date(), 5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as DomainError).message).toContain(message);
  });

  it('refuses an unknown time zone', () => {
    expect(() => nextRuns('0 3 * * *', 'Mars/Olympus', new Date(), 1)).toThrow('Not a known time zone');
  });
});
