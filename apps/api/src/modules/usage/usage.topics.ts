/** What the ingest tells the rest of the app after a batch is committed (the live layer coalesces it). */
export interface BatchCommitted {
  serverId: number;
  /** Each user the batch moved, with its agent (null: an admin's user). */
  users: [userId: number, agentId: number | null][];
  agentIds: number[];
  /** The moved users that have a data limit or an expiry: the only ones whose own status usage can change. */
  boundedUserIds: number[];
  at: Date;
}

export interface UsageListener {
  batchCommitted(e: BatchCommitted): void;
}

export const USAGE_UPDATED = 'usage.updated';

/** One coalesced notice per window from each ingesting instance: who moved (no totals; readers read). */
export const USAGE_CHANGED = 'usage.changed';

export interface UsageChanged {
  users: [userId: number, agentId: number | null][];
  agents: number[];
}
