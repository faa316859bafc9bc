import { QuotaMode } from '@tm/shared';

export interface AgentCounters {
  agentId: number;
  limit: bigint | null;
  quotaMode: QuotaMode;
  charged: bigint;
  allocated: bigint;
  lifetime: bigint;
  activeUsers: number;
  suspendedUsers: number;
}

export interface AgentTraffic extends AgentCounters {
  remaining: bigint | null;
  percent: number | null;
  exceeded: boolean;
}

/**
 * An agent's standing against its limit. In USAGE mode what counts is what its users moved
 * (charged); in ALLOCATION mode it is the data limit it has granted (allocated).
 */
export function agentTraffic(c: AgentCounters): AgentTraffic {
  if (c.limit === null) return { ...c, remaining: null, percent: null, exceeded: false };
  const drawn = c.quotaMode === QuotaMode.ALLOCATION ? c.allocated : c.charged;
  const remaining = drawn >= c.limit ? 0n : c.limit - drawn;
  const percent = c.limit === 0n ? 100 : Number((drawn * 10000n) / c.limit) / 100;
  return { ...c, remaining, percent, exceeded: drawn >= c.limit };
}
