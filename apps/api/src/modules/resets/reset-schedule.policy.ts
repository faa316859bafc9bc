import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { ResetScope } from '@tm/shared';
import { badInput } from '../../platform/errors/domain-error';
import { timeZoneSchema } from '../cycles';

/**
 * Five fields (minute hour day-of-month month day-of-week), as crontab writes them. Seconds are
 * refused: the due-resets job looks once a minute, so a finer schedule would only pretend.
 */
const cronSchema = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(100)
  .refine((c) => c.split(/\s+/).length === 5, 'Five fields: minute hour day-of-month month day-of-week (e.g. "0 3 1 * *")');

const SCOPES = Object.values(ResetScope) as [ResetScope, ...ResetScope[]];

export const scheduleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Required').max(100, 'At most 100 characters'),
    scope: z.enum(SCOPES),
    targetId: z.number().int().positive().nullable().optional(),
    cron: cronSchema,
    timeZone: timeZoneSchema,
    enabled: z.boolean().default(true),
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .superRefine((s, ctx) => {
    const needsTarget = s.scope === ResetScope.USER || s.scope === ResetScope.SERVER || s.scope === ResetScope.AGENT;
    if (needsTarget && !s.targetId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: `A ${s.scope.toLowerCase()} reset needs its target` });
    if (s.scope === ResetScope.ALL && s.targetId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'A reset of everything has no target' });
  });
export type ScheduleInput = z.input<typeof scheduleInputSchema>;

export const schedulePatchSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(100).optional(),
  targetId: z.number().int().positive().nullable().optional(),
  cron: cronSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  enabled: z.boolean().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
});
export type SchedulePatch = z.input<typeof schedulePatchSchema>;

/** The next `count` runs of a cron expression in a time zone, strictly after `after`. BAD_USER_INPUT when it can't be read. */
export function nextRuns(cron: string, timeZone: string, after: Date, count: number): Date[] {
  const expr = parseCron(cron, timeZone, after);
  const runs: Date[] = [];
  while (runs.length < count && expr.hasNext()) runs.push(expr.next().toDate());
  return runs;
}

/** The one next run after `after` (a run missed across downtime is therefore done once, then the schedule moves on). */
export const nextRun = (cron: string, timeZone: string, after: Date): Date | null => nextRuns(cron, timeZone, after, 1)[0] ?? null;

function parseCron(cron: string, timeZone: string, after: Date) {
  const checked = cronSchema.safeParse(cron);
  if (!checked.success) throw badInput(checked.error.issues[0].message, { fields: { cron: checked.error.issues[0].message } });
  if (!timeZoneSchema.safeParse(timeZone).success) throw badInput('Not a known time zone', { fields: { timeZone: 'Not a known time zone' } });
  try {
    return CronExpressionParser.parse(checked.data, { currentDate: after, tz: timeZone });
  } catch (err) {
    const message = `Not a valid cron expression: ${(err as Error).message}`;
    throw badInput(message, { fields: { cron: message } });
  }
}
