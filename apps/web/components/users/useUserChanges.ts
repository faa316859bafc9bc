'use client';

import { USER_CHANGED } from '@/lib/graphql/documents';
import type { UserChange } from '@/lib/graphql/types';
import { useSubscription, type LiveConfig, type LiveState } from '@/components/live/useSubscription';

export { liveUrl, type LiveConfig, type LiveState } from '@/components/live/useSubscription';

/** Subscribes to `userChanged` and calls `onChange` for each event; reconnects on its own. */
export function useUserChanges(live: LiveConfig, agentId: string | undefined, onChange: (change: UserChange) => void): LiveState {
  return useSubscription<{ userChanged: UserChange }>(live, USER_CHANGED, agentId ? { agentId } : {}, (d) => {
    if (d.userChanged) onChange(d.userChanged);
  });
}
