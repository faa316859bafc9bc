'use client';

import { USAGE_UPDATED } from '@/lib/graphql/documents/traffic';
import type { UsageUpdate } from '@/lib/graphql/models';
import { useSubscription, type LiveConfig, type LiveState } from './useSubscription';

/**
 * `usageUpdated`: with no filter an admin hears GLOBAL + AGENT events, an agent its own AGENT
 * event and its users' USER events. The API coalesces them (≤ 1 per second per user/agent).
 */
export function useUsageUpdates(live: LiveConfig, filter: { userId?: string; agentId?: string }, onUpdate: (u: UsageUpdate) => void): LiveState {
  return useSubscription(live, USAGE_UPDATED, filter, (d) => {
    if (d.usageUpdated) onUpdate(d.usageUpdated);
  });
}
