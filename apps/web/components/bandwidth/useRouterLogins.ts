'use client';

import { useCallback, useEffect, useState } from 'react';
import { useSubscription, useThrottle, type LiveConfig, type LiveState } from '@/components/live/useSubscription';
import { gql } from '@/lib/graphql/client';
import { ROUTER_LOGINS } from '@/lib/graphql/documents/bandwidth';
import type { RouterLogin } from '@/lib/graphql/models';
import { USER_STATUS_CHANGED } from '@/lib/graphql/documents/users';
import { errorCode, errorMessage } from '@/lib/graphql/errors';

/**
 * Cutting off and letting back in happens on the routers' poll, a few seconds after the status
 * changes: the list is re-read this often while the page is visible, and at once when enforcement
 * changes a status (`userStatusChanged`).
 */
export const LOGINS_POLL_MS = 4000;

export interface RouterLoginsState {
  /** null until the first answer. */
  logins: RouterLogin[] | null;
  error: { code: string; message: string } | null;
  live: LiveState;
  refresh: () => void;
}

/** Our users' logins on every router (an agent: its own users'), kept current. */
export function useRouterLogins(live: LiveConfig, initial: RouterLogin[] | null = null): RouterLoginsState {
  const [logins, setLogins] = useState<RouterLogin[] | null>(initial);
  const [error, setError] = useState<RouterLoginsState['error']>(null);

  const load = useCallback(() => {
    gql(ROUTER_LOGINS)
      .then((d) => {
        setLogins(d.routerLogins);
        setError(null);
      })
      .catch((err) => setError({ code: errorCode(err), message: errorMessage(err) }));
  }, []);
  const refresh = useThrottle(load, 1000);

  useEffect(() => {
    if (!initial) load();
    const t = setInterval(() => document.visibilityState === 'visible' && load(), LOGINS_POLL_MS);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  // A status change now, and again after the routers' next pass has acted on it.
  const state = useSubscription(live, USER_STATUS_CHANGED, {}, () => {
    refresh();
    setTimeout(refresh, 2500);
  });
  return { logins, error, live: state, refresh };
}

