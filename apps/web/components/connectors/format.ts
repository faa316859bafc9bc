import { bytesToGb, formatBytes } from '@tm/shared';
import type { GqlError } from '@/lib/graphql/errors';
import { errorMessage } from '@/lib/graphql/errors';

/** A panel counter in GB ("12.34 GB"), so a column of them compares at a glance; "< 0.01 GB" for a few bytes. */
export function formatGb(bytes: string | bigint | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  const n = BigInt(bytes);
  if (n === 0n) return '0 GB';
  const gb = bytesToGb(n);
  if (gb < 0.01) return '< 0.01 GB';
  return `${gb.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} GB`;
}

/** The exact figure for a hover title ("1.50 MB"). */
export const exactBytes = (bytes: string | bigint): string => formatBytes(bytes);

/**
 * LIMIT_EXCEEDED from importConnectorUsers, in words, from its extensions: { remaining, requested }
 * (the agent's quota) or { maxUsers, userSlotsLeft } (its user cap). Nothing was imported.
 */
export function importLimitText(err: GqlError, agent: string, count: number): string {
  const x = err.extensions;
  const users = `${count} ${count === 1 ? 'user' : 'users'}`;
  if (x.maxUsers !== undefined && x.maxUsers !== null) {
    const left = Number(x.userSlotsLeft ?? 0);
    return `${agent} may have at most ${Number(x.maxUsers)} users: ${left} more fit, not ${users}. Nothing was imported.`;
  }
  const remaining = typeof x.remaining === 'string' || typeof x.remaining === 'number' ? String(x.remaining) : null;
  if (remaining === null) return errorMessage(err);
  const requested = typeof x.requested === 'string' || typeof x.requested === 'number' ? String(x.requested) : null;
  if (requested === null) {
    return `${agent} has a traffic limit with ${formatGb(remaining)} left, and some of these panel users have no data limit, so they can't be its users. Nothing was imported.`;
  }
  return `${agent} has ${formatGb(remaining)} of its quota left; the data limits of these ${users} add up to ${formatGb(requested)}. Nothing was imported.`;
}
