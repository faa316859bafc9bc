/**
 * Alert levels: which thresholds a figure has crossed. Alerts raise them; limit changes and resets
 * (in users, limits and resets) re-arm them, so the rule sits below all of those.
 */
export const ALERT_THRESHOLDS = [75, 90, 100] as const;

/** used ≥ t % of limit, exactly (bigint), for a positive limit. */
const reached = (used: bigint, limit: bigint, t: number): boolean => used * 100n >= limit * BigInt(t);

/** The highest threshold `used` has reached against `limit`; 0 for none or no limit. A zero limit is reached at once. */
export function levelFor(used: bigint, limit: bigint | null): number {
  if (limit === null) return 0;
  let level = 0;
  for (const t of ALERT_THRESHOLDS) if (reached(used, limit, t)) level = t;
  return level;
}

/** Thresholds above `alreadyRaised` that `used` has now reached, lowest first (a jump past two raises both). */
export function newlyCrossed(used: bigint, limit: bigint | null, alreadyRaised: number): number[] {
  if (limit === null) return [];
  return ALERT_THRESHOLDS.filter((t) => t > alreadyRaised && reached(used, limit, t));
}

/**
 * After a limit changes: thresholds no longer reached are armed again (a raised limit alerts anew at
 * 75 % of the new line); those still reached are not repeated.
 */
export function rearmedLevel(alreadyRaised: number, used: bigint, newLimit: bigint | null): number {
  return Math.min(alreadyRaised, levelFor(used, newLimit));
}
