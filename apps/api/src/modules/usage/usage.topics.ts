/** What the ingest tells the rest of the app after a batch is committed (the live layer coalesces it). */
export interface BatchCommitted {
  serverId: number;
  userIds: number[];
  agentIds: number[];
  at: Date;
}

export interface UsageListener {
  batchCommitted(e: BatchCommitted): void;
}

export const USAGE_UPDATED = 'usage.updated';
