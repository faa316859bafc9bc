'use client';

import { useState } from 'react';
import { useSubscription, type LiveConfig, type LiveState } from '@/components/live/useSubscription';
import { ACTIVE_SESSIONS_SUBSCRIPTION } from '@/lib/graphql/documents/bandwidth';
import type { ActiveSession } from '@/lib/graphql/models';

/** One reading of a session's rates (bits/s). */
export interface RatePoint {
  down: number;
  up: number;
}

/** How many readings each sparkline keeps (~40 s at the API's 2 s cadence). */
export const HISTORY = 20;

export interface ActiveSessionsState {
  /** null until the first emission. */
  sessions: ActiveSession[] | null;
  /** Recent readings per MAC, oldest first. */
  history: Record<string, RatePoint[]>;
  /** When the last emission arrived (ms). */
  updatedAt: number | null;
  error: { message: string; code: string | null } | null;
  live: LiveState;
}

/**
 * `activeSessions(routerId)` over graphql-ws: the list as the API last read it from the router (it
 * emits at once, then every couple of seconds), with a short history of each session's rates.
 * Mount it with `key={routerId}` so another router starts from a clean slate.
 */
export function useActiveSessions(live: LiveConfig, routerId: string): ActiveSessionsState {
  const [data, setData] = useState<Omit<ActiveSessionsState, 'live'>>({ sessions: null, history: {}, updatedAt: null, error: null });
  const state = useSubscription(
    live,
    ACTIVE_SESSIONS_SUBSCRIPTION,
    { routerId },
    (d) => {
      const sessions = d.activeSessions ?? [];
      setData((prev) => {
        const history: Record<string, RatePoint[]> = {};
        for (const s of sessions) {
          const before = prev.history[s.macAddress] ?? [];
          history[s.macAddress] = [...before, { down: s.downloadRate, up: s.uploadRate }].slice(-HISTORY);
        }
        return { sessions, history, updatedAt: Date.now(), error: null };
      });
    },
    (message, code) => setData((prev) => ({ ...prev, error: { message, code } })),
  );
  return { ...data, live: state };
}

/** Sums for the totals row. */
export function sessionTotals(sessions: ActiveSession[]): { down: bigint; up: bigint; downRate: number; upRate: number; limited: number } {
  let down = 0n;
  let up = 0n;
  let downRate = 0;
  let upRate = 0;
  let limited = 0;
  for (const s of sessions) {
    down += BigInt(s.downloadBytes);
    up += BigInt(s.uploadBytes);
    downRate += s.downloadRate;
    upRate += s.uploadRate;
    if (s.assignmentId) limited++;
  }
  return { down, up, downRate, upRate, limited };
}
