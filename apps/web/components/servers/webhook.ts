'use client';

import { useSyncExternalStore } from 'react';
import type { LiveConfig } from '@/components/live/useSubscription';

const noop = () => () => undefined;

/**
 * The API's address as traffic sources reach it: API_PUBLIC_URL if configured, else derived
 * like the ws URL (API_WS_URL without /graphql, or this page's hostname with the API's port).
 */
export function apiBaseUrl(live: LiveConfig, publicApiUrl: string | null): string {
  if (publicApiUrl) return publicApiUrl;
  if (live.wsUrl) return live.wsUrl.replace(/^ws(s?):/, 'http$1:').replace(/\/graphql\/?$/, '');
  return `${window.location.protocol}//${window.location.hostname}:${live.apiPort}`;
}

/** The same, usable during render (the server renders the configured URL or a placeholder). */
export function useApiBaseUrl(live: LiveConfig, publicApiUrl: string | null): string {
  return useSyncExternalStore(
    noop,
    () => apiBaseUrl(live, publicApiUrl),
    () => publicApiUrl ?? `http://<api-host>:${live.apiPort}`,
  );
}

export const webhookUrl = (base: string) => `${base}/api/traffic/webhook`;

export const SAMPLE_BODY = '{"user_token":"alice","bytes_uploaded":1048576,"bytes_downloaded":2097152,"protocol":"vless"}';

/** A copy-paste curl call that reports 1 MB up and 2 MB down for user "alice". */
export function curlExample(base: string, token: string): string {
  return [
    `curl -X POST ${webhookUrl(base)} \\`,
    `  -H 'X-Server-Token: ${token}' \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '${SAMPLE_BODY}'`,
  ].join('\n');
}
