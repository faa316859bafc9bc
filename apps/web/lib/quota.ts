import { formatBytes } from '@tm/shared';
import type { AgentTraffic } from './graphql/models';

/** Standings keyed by agent id. */
export function byAgent(list: AgentTraffic[]): Record<string, AgentTraffic> {
  return Object.fromEntries(list.map((t) => [t.agentId, t]));
}

/** What counts against the limit: allocated data limits in ALLOCATION mode, charged usage in USAGE mode. */
export function drawnOf(t: AgentTraffic): string {
  return t.quotaMode === 'ALLOCATION' ? t.allocated : t.charged;
}

/** "12.50 GB" or "Unlimited". */
export function remainingText(t: Pick<AgentTraffic, 'remaining'>): string {
  return t.remaining == null ? 'Unlimited' : formatBytes(t.remaining);
}

/** "3 user slots left", "1 user slot left", "no user slots left", or null without a cap. */
export function slotsText(slots: number | null): string | null {
  if (slots == null) return null;
  if (slots <= 0) return 'no user slots left';
  return `${slots} user ${slots === 1 ? 'slot' : 'slots'} left`;
}

/** A percentage as people read it: "7.5%", "42%", "104%". */
export function percentText(pct: number): string {
  return `${pct < 10 ? Number(pct.toFixed(1)) : Math.round(pct)}%`;
}

/** Bar / gauge colour step: under 75 %, from 75 %, from 100 %. */
export function toneOf(pct: number | null): 'ok' | 'warn' | 'danger' | 'unlimited' {
  if (pct == null) return 'unlimited';
  return pct >= 100 ? 'danger' : pct >= 75 ? 'warn' : 'ok';
}

const users = (n: number) => `${n} ${n === 1 ? 'user' : 'users'}`;

/** What one check (`checkAgent`) found, in a sentence: the standing, and what enforcement changed. */
export function checkSummary(before: AgentTraffic | undefined, t: AgentTraffic): string {
  if (t.limit == null) return `Checked ${t.username}: no traffic limit, nothing to enforce.`;
  const standing = `${percentText(t.percent ?? 0)} of ${formatBytes(t.limit)} used, ${remainingText(t)} left`;
  const state = t.exceeded ? `over its limit, ${users(t.suspendedUsers)} suspended` : 'within its limit';
  const delta = before ? t.suspendedUsers - before.suspendedUsers : 0;
  const change = delta > 0 ? ` (${delta} just suspended)` : delta < 0 ? ` (${-delta} resumed)` : '';
  return `Checked ${t.username}: ${standing}; ${state}${change}.`;
}

export function checkAllSummary(list: AgentTraffic[]): string {
  const limited = list.filter((t) => t.limit != null);
  const over = list.filter((t) => t.exceeded).length;
  const sold = list.filter((t) => t.soldOut && !t.exceeded).length;
  const suspended = list.reduce((n, t) => n + t.suspendedUsers, 0);
  const parts = [`${over} over their limit`];
  if (sold) parts.push(`${sold} sold out`);
  if (suspended) parts.push(`${users(suspended)} suspended`);
  return `Checked ${list.length} ${list.length === 1 ? 'agent' : 'agents'} (${limited.length} with a limit): ${parts.join(', ')}.`;
}
