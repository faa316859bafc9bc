import type { ResetCycleColumns } from './reset-cycle.columns';
import { CycleInput, mergeCycle, nextCycleReset, sameCycle } from './reset-cycle.policy';

/**
 * What an update does to a user's or an agent's cycle: nothing when it stays the same, else the new
 * cycle with its next reset counted from now (the usage so far stays in the current period).
 */
export function cyclePatch(current: ResetCycleColumns, input: CycleInput, now = new Date()): ResetCycleColumns | null {
  if (input.resetStrategy === undefined && input.billingDay === undefined && input.timeZone === undefined) return null;
  const was = { strategy: current.strategy, billingDay: current.billingDay, timeZone: current.timeZone };
  const next = mergeCycle(was, input, now);
  if (sameCycle(was, next)) return null;
  return { ...next, nextResetAt: nextCycleReset(next, now), lastResetAt: current.lastResetAt };
}
