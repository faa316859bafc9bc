'use client';

import { createClient, type Client } from 'graphql-ws';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Document } from '@/lib/graphql/operation';

export interface LiveConfig {
  /** API token from the session (graphql-ws sends it as connectionParams.authorization). */
  token: string;
  /** Configured ws URL, or null: ws(s)://<this page's hostname>:<apiPort>/graphql */
  wsUrl: string | null;
  apiPort: string;
}

export type LiveState = 'connecting' | 'live' | 'offline';

/** How often live updates may refetch what events don't carry (chart series, top lists). */
export const LIVE_REFETCH_MS = 3000;

export function liveUrl(live: LiveConfig): string {
  if (live.wsUrl) return live.wsUrl;
  const proto = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${proto}://${window.location.hostname}:${live.apiPort}/graphql`;
}

/** One graphql-ws connection per API URL and token, shared by every subscription on the page. */
interface SharedClient {
  client: Client;
  refs: number;
  state: LiveState;
  listeners: Set<(state: LiveState) => void>;
}

const shared = new Map<string, SharedClient>();

function acquire(live: LiveConfig): { entry: SharedClient; release: () => void } {
  const url = liveUrl(live);
  const key = `${url}\n${live.token}`;
  let entry = shared.get(key);
  if (!entry) {
    const e: SharedClient = { client: null as unknown as Client, refs: 0, state: 'connecting', listeners: new Set() };
    const set = (state: LiveState) => {
      e.state = state;
      e.listeners.forEach((l) => l(state));
    };
    e.client = createClient({
      url,
      connectionParams: { authorization: `Bearer ${live.token}` },
      lazy: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000))),
      on: {
        connected: () => set('live'),
        closed: () => set('offline'),
        error: () => set('offline'),
      },
    });
    shared.set(key, e);
    entry = e;
  }
  const mine = entry;
  mine.refs++;
  return {
    entry: mine,
    release: () => {
      mine.refs--;
      if (mine.refs === 0) {
        shared.delete(key);
        void mine.client.dispose();
      }
    },
  };
}

/**
 * One graphql-ws subscription for the life of the component: calls `onData` with each event's
 * `data`, reconnects on its own, and reports the connection state for a "Live" indicator.
 * Subscriptions share one connection per token (the sidebar's and the page's).
 * `variables` are compared by value (a new object with the same content doesn't resubscribe).
 */
export function useSubscription<TResult, TVariables>(
  live: LiveConfig,
  doc: Document<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  /** The API refused the subscription or an event (its first error message); the subscription then ends. */
  onError?: (message: string, code: string | null) => void,
): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handler = useRef(onData);
  const errorHandler = useRef(onError);
  useEffect(() => {
    handler.current = onData;
    errorHandler.current = onError;
  });
  const query = doc.toString();
  const vars = JSON.stringify(variables);

  useEffect(() => {
    if (!live.token) return;
    let disposed = false;
    let failed = false; // the API refused this subscription: it stays offline whatever the socket does
    const { entry, release } = acquire(live);
    const onState = (s: LiveState) => !disposed && !failed && setState(s);
    entry.listeners.add(onState);
    onState(entry.state);
    const unsubscribe = entry.client.subscribe<TResult>(
      { query, variables: JSON.parse(vars) as Record<string, unknown> },
      {
        next: (msg) => {
          if (msg.data) handler.current(msg.data as TResult);
          else if (msg.errors?.length && !disposed) errorHandler.current?.(msg.errors[0].message || 'The live update failed.', codeOf(msg.errors[0]));
        },
        error: (err: unknown) => {
          failed = true;
          if (disposed) return;
          setState('offline');
          errorHandler.current?.(subscriptionErrorMessage(err), Array.isArray(err) ? codeOf(err[0]) : null);
        },
        complete: () => undefined,
      },
    );
    return () => {
      disposed = true;
      entry.listeners.delete(onState);
      unsubscribe();
      release();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live.token, live.wsUrl, live.apiPort, query, vars]);

  return state;
}

function codeOf(e: unknown): string | null {
  const code = (e as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** What graphql-ws hands to `error`: GraphQL errors (an array), a CloseEvent, or an Error. */
function subscriptionErrorMessage(err: unknown): string {
  if (Array.isArray(err) && err.length) {
    const first = err[0] as { message?: string };
    if (first?.message) return first.message;
  }
  if (err && typeof err === 'object' && 'reason' in err && typeof (err as { reason: unknown }).reason === 'string' && (err as { reason: string }).reason) {
    return (err as { reason: string }).reason;
  }
  if (err instanceof Error && err.message) return err.message;
  return 'Live updates stopped.';
}

/**
 * `fn` at most once per `ms`: the first call runs at once, calls inside the window are folded
 * into one trailing run at its end (so the last change is never lost).
 */
export function useThrottle(fn: () => void, ms: number): () => void {
  const fnRef = useRef(fn);
  useEffect(() => {
    fnRef.current = fn;
  });
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  // The same function from render to render while `ms` stays (it reads the latest `fn` when it runs).
  return useCallback(() => {
    if (timer.current) return;
    const wait = last.current + ms - Date.now();
    const run = () => {
      timer.current = null;
      last.current = Date.now();
      fnRef.current();
    };
    if (wait <= 0) run();
    else timer.current = setTimeout(run, wait);
  }, [ms]);
}
