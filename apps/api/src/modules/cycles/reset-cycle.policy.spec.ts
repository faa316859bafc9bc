import { ResetStrategy } from '@tm/shared';
import { mergeCycle, nextCycleReset } from './reset-cycle.policy';

const at = (iso: string) => new Date(iso);
const next = (strategy: ResetStrategy, after: string, timeZone = 'UTC', billingDay: number | null = null) =>
  nextCycleReset({ strategy, timeZone, billingDay }, at(after))?.toISOString() ?? null;

describe('nextCycleReset', () => {
  it('never for NONE', () => {
    expect(next(ResetStrategy.NONE, '2026-11-21T10:00:00Z')).toBeNull();
  });

  it('daily, weekly (Monday), monthly (the 1st) and yearly at local midnight', () => {
    expect(next(ResetStrategy.DAY, '2026-11-21T10:00:00Z')).toBe('2026-11-22T00:00:00.000Z');
    expect(next(ResetStrategy.WEEK, '2026-11-21T10:00:00Z')).toBe('2026-11-23T00:00:00.000Z'); // Saturday → Monday
    expect(next(ResetStrategy.MONTH, '2026-11-21T10:00:00Z')).toBe('2026-12-01T00:00:00.000Z');
    expect(next(ResetStrategy.YEAR, '2026-11-21T10:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('is strictly after the given time: exactly at a boundary gives the following one', () => {
    expect(next(ResetStrategy.DAY, '2026-11-22T00:00:00Z')).toBe('2026-11-23T00:00:00.000Z');
    expect(next(ResetStrategy.MONTH, '2026-12-01T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
  });

  it("uses the cycle's time zone (Tehran is UTC+3:30, New York UTC-5 in winter)", () => {
    expect(next(ResetStrategy.MONTH, '2026-11-21T10:00:00Z', 'Asia/Tehran')).toBe('2026-11-30T20:30:00.000Z');
    expect(next(ResetStrategy.DAY, '2026-11-21T03:00:00Z', 'America/New_York')).toBe('2026-11-21T05:00:00.000Z');
  });

  it('bills on the billing day, clamped to the end of shorter months', () => {
    expect(next(ResetStrategy.BILLING_MONTH, '2026-11-21T10:00:00Z', 'UTC', 25)).toBe('2026-11-25T00:00:00.000Z');
    expect(next(ResetStrategy.BILLING_MONTH, '2026-11-26T10:00:00Z', 'UTC', 25)).toBe('2026-12-25T00:00:00.000Z');
    // Billed on the 31st: 30 April, 28 February, 29 February in a leap year, then the 31st again.
    expect(next(ResetStrategy.BILLING_MONTH, '2027-04-01T00:00:00Z', 'UTC', 31)).toBe('2027-04-30T00:00:00.000Z');
    expect(next(ResetStrategy.BILLING_MONTH, '2027-02-01T00:00:00Z', 'UTC', 31)).toBe('2027-02-28T00:00:00.000Z');
    expect(next(ResetStrategy.BILLING_MONTH, '2028-02-01T00:00:00Z', 'UTC', 31)).toBe('2028-02-29T00:00:00.000Z');
    expect(next(ResetStrategy.BILLING_MONTH, '2027-02-28T00:00:00Z', 'UTC', 31)).toBe('2027-03-31T00:00:00.000Z');
  });

  it('a billing date in a zone east of UTC falls on the previous UTC evening', () => {
    expect(next(ResetStrategy.BILLING_MONTH, '2026-11-21T10:00:00Z', 'Asia/Tehran', 30)).toBe('2026-11-29T20:30:00.000Z');
  });

  it('after a long downtime lands on the next boundary to come, not the missed ones', () => {
    expect(next(ResetStrategy.MONTH, '2027-03-15T12:00:00Z')).toBe('2027-04-01T00:00:00.000Z');
  });

  it('keeps local midnight across a daylight-saving change', () => {
    // Europe/Berlin moves to summer time on 29 March 2026.
    expect(next(ResetStrategy.DAY, '2026-03-29T12:00:00Z', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
    expect(next(ResetStrategy.DAY, '2026-03-28T12:00:00Z', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
  });
});

describe('mergeCycle', () => {
  const none = { strategy: ResetStrategy.NONE, billingDay: null, timeZone: 'UTC' };

  it('a billing month without a day bills on the day it is set up, in its zone', () => {
    const c = mergeCycle(none, { resetStrategy: ResetStrategy.BILLING_MONTH, timeZone: 'Asia/Tehran' }, at('2026-11-21T21:00:00Z'));
    expect(c).toEqual({ strategy: ResetStrategy.BILLING_MONTH, billingDay: 22, timeZone: 'Asia/Tehran' });
  });

  it('drops the billing day for other strategies', () => {
    const c = mergeCycle({ ...none, strategy: ResetStrategy.BILLING_MONTH, billingDay: 5 }, { resetStrategy: ResetStrategy.MONTH }, at('2026-11-21T00:00:00Z'));
    expect(c.billingDay).toBeNull();
  });
});
