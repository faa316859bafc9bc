import { QuotaMode } from '@tm/shared';

export interface AgentCounters {
  agentId: number;
  username: string;
  status: string;
  limit: bigint | null;
  quotaMode: QuotaMode;
  charged: bigint;
  allocated: bigint;
  lifetime: bigint;
  maxUsers: number | null;
  users: number;
  activeUsers: number;
  suspendedUsers: number;
  limitedUsers: number;
  expiredUsers: number;
  disabledUsers: number;
}

export interface AgentTraffic extends AgentCounters {
  /** What it can still grant to new users; null = unlimited. */
  remaining: bigint | null;
  percent: number | null;
  /** Charged usage at or over the limit: service stops, its active users are suspended. */
  exceeded: boolean;
  /** Nothing left to grant (in ALLOCATION mode it may have sold everything while its users still have room). */
  soldOut: boolean;
  userSlotsLeft: number | null;
}

/**
 * An agent's standing against its limit. What it draws on is what its users moved (charged) in
 * USAGE mode and the data limit it has granted (allocated) in ALLOCATION mode; service stops when
 * charged usage reaches the limit in either mode.
 */
export function agentTraffic(c: AgentCounters): AgentTraffic {
  const userSlotsLeft = c.maxUsers === null ? null : Math.max(0, c.maxUsers - c.users);
  if (c.limit === null) return { ...c, remaining: null, percent: null, exceeded: false, soldOut: false, userSlotsLeft };
  const drawn = c.quotaMode === QuotaMode.ALLOCATION ? c.allocated : c.charged;
  const remaining = drawn >= c.limit ? 0n : c.limit - drawn;
  const percent = c.limit === 0n ? 100 : Number((drawn * 10000n) / c.limit) / 100;
  return { ...c, remaining, percent, exceeded: c.charged >= c.limit, soldOut: remaining === 0n, userSlotsLeft };
}
