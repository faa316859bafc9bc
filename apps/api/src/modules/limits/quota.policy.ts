import { QuotaMode } from '@tm/shared';

export interface QuotaStanding {
  limit: bigint | null;
  quotaMode: QuotaMode;
  charged: bigint;
  allocated: bigint;
}

export type QuotaDecision =
  | { ok: true; draw: bigint }
  | { ok: false; remaining: bigint; reason: 'UNLIMITED_USER' | 'NO_ROOM' };

/**
 * Whether an agent may grant a user the data limit `requested` (null = unlimited), the user holding
 * `current` now (null for a new user or an unlimited one). Only the increase is drawn: lowering a
 * limit is always allowed and gives nothing back (ALLOCATION never returns what it granted).
 * USAGE (seed 000): charged + increase ≤ limit. ALLOCATION: allocated + increase ≤ limit.
 * An agent with a limit can't grant an unlimited user. `draw` is added to the agent's allocated bytes.
 */
export function decideGrant(agent: QuotaStanding, requested: bigint | null, current: bigint | null): QuotaDecision {
  const increase = requested === null ? 0n : requested - (current ?? 0n);
  const draw = increase > 0n ? increase : 0n;
  if (agent.limit === null) return { ok: true, draw };
  const drawn = agent.quotaMode === QuotaMode.ALLOCATION ? agent.allocated : agent.charged;
  const remaining = drawn >= agent.limit ? 0n : agent.limit - drawn;
  if (requested === null) return { ok: false, remaining, reason: 'UNLIMITED_USER' };
  if (draw > remaining) return { ok: false, remaining, reason: 'NO_ROOM' };
  return { ok: true, draw };
}
