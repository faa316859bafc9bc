'use client';

import { useSubscription, type LiveConfig, type LiveState } from '@/components/live/useSubscription';
import { RESET_PERFORMED } from '@/lib/graphql/documents/resets';
import type { ResetEvent } from '@/lib/graphql/models';

/**
 * `resetPerformed`: every reset as it is audited (admins: all; an agent: its own users'). The API sends
 * no `usageUpdated` for resets, so live views refetch their figures on these events.
 */
export function useResetPerformed(live: LiveConfig, onReset: (event: ResetEvent) => void): LiveState {
  return useSubscription(live, RESET_PERFORMED, {}, (d) => {
    if (d.resetPerformed) onReset(d.resetPerformed);
  });
}
