'use client';

import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import { USER_CHANGED } from '@/lib/graphql/documents';
import type { UserChange } from '@/lib/graphql/types';

export interface LiveConfig {
  /** API token from the session (graphql-ws sends it as connectionParams.authorization). */
  token: string;
  /** Configured ws URL, or null: ws(s)://<this page's hostname>:<apiPort>/graphql */
  wsUrl: string | null;
  apiPort: string;
}

export type LiveState = 'connecting' | 'live' | 'offline';

export function liveUrl(live: LiveConfig): string {
  if (live.wsUrl) return live.wsUrl;
  const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${window.location.hostname}:${live.apiPort}/graphql`;
}

/** Subscribes to `userChanged` and calls `onChange` for each event; reconnects on its own. */
export function useUserChanges(live: LiveConfig, agentId: string | undefined, onChange: (change: UserChange) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onChange);
  useEffect(() => {
    handler.current = onChange;
  });

  useEffect(() => {
    if (!live.token) return;
    let disposed = false;
    const client = createClient({
      url: liveUrl(live),
      connectionParams: { authorization: `Bearer ${live.token}` },
      lazy: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000))),
      on: {
        connected: () => !disposed && setState('live'),
        closed: () => !disposed && setState('offline'),
        error: () => !disposed && setState('offline'),
      },
    });
    const unsubscribe = client.subscribe<{ userChanged: UserChange }>(
      { query: USER_CHANGED, variables: agentId ? { agentId } : {} },
      {
        next: (msg) => {
          if (msg.data?.userChanged) handler.current(msg.data.userChanged);
        },
        error: () => !disposed && setState('offline'),
        complete: () => undefined,
      },
    );
    return () => {
      disposed = true;
      unsubscribe();
      void client.dispose();
    };
  }, [live.token, live.wsUrl, live.apiPort, agentId]);

  return state;
}
