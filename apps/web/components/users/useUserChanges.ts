'use client';

import { USER_CHANGED, USER_STATUS_CHANGED } from '@/lib/graphql/documents/users';
import type { UserChange, UserStatusChange } from '@/lib/graphql/models';
import { useSubscription, type LiveConfig, type LiveState } from '@/components/live/useSubscription';

export { liveUrl, type LiveConfig, type LiveState } from '@/components/live/useSubscription';

/** Subscribes to `userChanged` and calls `onChange` for each event; reconnects on its own. */
export function useUserChanges(live: LiveConfig, agentId: string | undefined, onChange: (change: UserChange) => void): LiveState {
  return useSubscription(live, USER_CHANGED, agentId ? { agentId } : {}, (d) => {
    if (d.userChanged) onChange(d.userChanged);
  });
}

/**
 * `userStatusChanged`: what enforcement suspended, limited, expired or resumed, batched per check
 * (the API may not repeat these as `userChanged` updates). Its connection state is not reported:
 * the list's "Live" indicator follows `userChanged`.
 */
export function useStatusChanges(live: LiveConfig, onChanges: (changes: UserStatusChange[]) => void): void {
  useSubscription(live, USER_STATUS_CHANGED, {}, (d) => {
    if (d.userStatusChanged?.length) onChanges(d.userStatusChanged);
  });
}
