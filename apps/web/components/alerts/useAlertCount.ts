'use client';

import { useEffect, useState } from 'react';
import { useSubscription, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { gql } from '@/lib/graphql/client';
import { ALERT_RAISED, UNACKNOWLEDGED_ALERTS } from '@/lib/graphql/documents/alerts';
import { ALERTS_CHANGED_EVENT } from './alert-events';

/**
 * The caller's unacknowledged alert count for the sidebar: the server's figure, then refetched
 * when `alertRaised` fires or the alerts page acknowledges something. null = unknown.
 */
export function useAlertCount(initial: number | null, live: LiveConfig | undefined): number | null {
  const [count, setCount] = useState(initial);
  const [source, setSource] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setCount(initial);
  }

  const refetch = useThrottle(() => {
    void gql(UNACKNOWLEDGED_ALERTS)
      .then((d) => setCount(d.unacknowledgedAlerts))
      .catch(() => undefined);
  }, 1000);

  useSubscription(live ?? { token: '', wsUrl: null, apiPort: '' }, ALERT_RAISED, {}, () => {
    setCount((c) => (c == null ? c : c + 1));
    refetch();
  });

  useEffect(() => {
    const onChange = (e: Event) => {
      const n = (e as CustomEvent<{ unacknowledged?: number }>).detail?.unacknowledged;
      if (typeof n === 'number') setCount(n);
      else refetch();
    };
    window.addEventListener(ALERTS_CHANGED_EVENT, onChange);
    return () => window.removeEventListener(ALERTS_CHANGED_EVENT, onChange);
  }, [refetch]);

  return count;
}
