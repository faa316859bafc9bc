import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { ResetStrategy } from '@tm/shared';

/** An IANA time zone name that this runtime knows ("Asia/Tehran", "UTC"). */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine((tz) => IANAZone.isValidZone(tz), 'Not a known time zone (use an IANA name like Europe/Berlin)');

/** The cycle fields of a create or update input (users and agents alike). */
export const cycleInputSchema = z.object({
  resetStrategy: z.enum(Object.values(ResetStrategy) as [ResetStrategy, ...ResetStrategy[]]).optional(),
  billingDay: z.number().int().min(1, 'A day from 1 to 31').max(31, 'A day from 1 to 31').nullable().optional(),
  timeZone: timeZoneSchema.optional(),
});
export type CycleInput = z.input<typeof cycleInputSchema>;

export interface Cycle {
  strategy: ResetStrategy;
  /** For BILLING_MONTH: the day of the month (29–31 fall on the month's last day when it is shorter). */
  billingDay: number | null;
  timeZone: string;
}

/**
 * When the cycle next resets, strictly after `after`: local midnight in the cycle's zone at the next
 * day / Monday / 1st / billing day / 1 January. Computed from "now" rather than from the missed due
 * date, so a cycle missed for several periods fires once and lands on the next boundary to come.
 */
export function nextCycleReset(cycle: Cycle, after: Date): Date | null {
  const local = DateTime.fromJSDate(after, { zone: cycle.timeZone });
  switch (cycle.strategy) {
    case ResetStrategy.NONE:
      return null;
    case ResetStrategy.DAY:
      return local.startOf('day').plus({ days: 1 }).toJSDate();
    case ResetStrategy.WEEK:
      return local.startOf('week').plus({ weeks: 1 }).toJSDate();
    case ResetStrategy.MONTH:
      return local.startOf('month').plus({ months: 1 }).toJSDate();
    case ResetStrategy.YEAR:
      return local.startOf('year').plus({ years: 1 }).toJSDate();
    case ResetStrategy.BILLING_MONTH: {
      const day = cycle.billingDay ?? local.day;
      const thisMonth = billingDate(local.startOf('month'), day);
      return (thisMonth > local ? thisMonth : billingDate(local.startOf('month').plus({ months: 1 }), day)).toJSDate();
    }
  }
}

/** The billing day in the month starting at `monthStart`, clamped to the month's last day. */
function billingDate(monthStart: DateTime, day: number): DateTime {
  return monthStart.set({ day: Math.min(day, monthStart.daysInMonth ?? 28) }).startOf('day');
}

/**
 * The cycle an input leaves: the current one with the given fields replaced. A billing month without a
 * day bills on the day it was set up (in its zone), which is what a monthly subscription means.
 */
export function mergeCycle(current: Cycle, input: CycleInput, now: Date): Cycle {
  const strategy = input.resetStrategy ?? current.strategy;
  const timeZone = input.timeZone ?? current.timeZone;
  let billingDay = input.billingDay !== undefined ? input.billingDay : current.billingDay;
  if (strategy === ResetStrategy.BILLING_MONTH && billingDay === null) billingDay = DateTime.fromJSDate(now, { zone: timeZone }).day;
  if (strategy !== ResetStrategy.BILLING_MONTH) billingDay = null;
  return { strategy, billingDay, timeZone };
}

export const sameCycle = (a: Cycle, b: Cycle): boolean =>
  a.strategy === b.strategy && a.billingDay === b.billingDay && a.timeZone === b.timeZone;
