import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Resolves with the next event, or rejects after `ms`. */
  next(ms?: number): Promise<T>;
  /** Events received so far and not yet taken. */
  pending(): T[];
  close(): Promise<void>;
}

/** Subscribes over graphql-ws with the given token (or none) and buffers the events. */
export async function subscribe<T = any>(url: string, query: string, token: string | null, variables: Record<string, unknown> = {}): Promise<Subscription<T>> {
  const events: T[] = [];
  const waiters: ((v: T) => void)[] = [];
  let failure: unknown = null;
  let connected!: () => void;
  let refused!: (e: unknown) => void;
  const ready = new Promise<void>((res, rej) => {
    connected = res;
    refused = rej;
  });
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => connected(), closed: (e) => refused(e), error: (e) => refused(e) },
  });
  await ready;
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) failure = value.errors;
        const data = value.data as T;
        const w = waiters.shift();
        if (w) w(data);
        else events.push(data);
      },
      error: (e) => {
        failure = e;
      },
      complete: () => undefined,
    },
  );
  // Give the server a moment to register the subscription before the test publishes.
  await new Promise((r) => setTimeout(r, 150));
  return {
    next: (ms = 5000) => {
      if (failure) return Promise.reject(failure);
      const queued = events.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
        waiters.push((v) => {
          clearTimeout(t);
          resolve(v);
        });
      });
    },
    pending: () => events.splice(0),
    close: async () => {
      await client.dispose();
    },
  };
}
