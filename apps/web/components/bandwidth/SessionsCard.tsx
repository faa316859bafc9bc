'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconRouter, IconUsers } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import type { LiveConfig } from '@/components/live/useSubscription';
import type { ActiveSession, Router } from '@/lib/graphql/models';
import { SessionsTable } from './SessionsTable';
import { useActiveSessions } from './useActiveSessions';

/** How soon a router that couldn't be read is watched again. */
const RETRY_MS = 10_000;

export interface SessionsCardProps {
  routers: Router[];
  routerId: string | null;
  onSelectRouter: (id: string) => void;
  live: LiveConfig;
  isAdmin: boolean;
  onSetLimit: (router: Router, s: ActiveSession) => void;
  onRemoveLimit: (router: Router, s: ActiveSession) => void;
  /** Each emission's (MAC, assignment, state) list, so the limits table can follow state changes. */
  onLimitStates?: (signature: string) => void;
}

/** Who is online on the chosen router right now, live. */
export function SessionsCard({ routers, routerId, onSelectRouter, live, isAdmin, onSetLimit, onRemoveLimit, onLimitStates }: SessionsCardProps) {
  const router = routers.find((r) => r.id === routerId) ?? null;
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return (
    <section className="card" data-testid="sessions-card">
      <div className="card-head">
        <div>
          <h2>Online now</h2>
          <p>{isAdmin ? 'Active hotspot sessions on the router, with their speed and limit.' : "Your users' active hotspot sessions, with their speed and limit."}</p>
        </div>
        {routers.length > 0 && <RouterPicker routers={routers} value={routerId} onChange={onSelectRouter} />}
      </div>
      {!router ? (
        <EmptyState title="No routers yet" icon={<IconRouter />}>
          {isAdmin ? 'Add a MikroTik router above to see who is connected and to shape their speed.' : 'An administrator adds the hotspot routers; your users appear here once they connect.'}
        </EmptyState>
      ) : (
        <LiveSessions
          key={`${router.id}:${attempt}`}
          router={router}
          live={live}
          isAdmin={isAdmin}
          onRetry={retry}
          onSetLimit={(s) => onSetLimit(router, s)}
          onRemoveLimit={(s) => onRemoveLimit(router, s)}
          onLimitStates={onLimitStates}
        />
      )}
    </section>
  );
}

/** Segmented buttons for a few routers, a select for many. */
function RouterPicker({ routers, value, onChange }: { routers: Router[]; value: string | null; onChange: (id: string) => void }) {
  if (routers.length > 5) {
    return (
      <select className="select" style={{ width: 'auto' }} aria-label="Router" value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid="router-picker">
        {routers.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div className="segmented" role="group" aria-label="Router" data-testid="router-picker">
      {routers.map((r) => (
        <button key={r.id} type="button" aria-pressed={r.id === value} onClick={() => onChange(r.id)}>
          <span className={`status-dot ${r.status.toLowerCase()}`} aria-hidden />
          {r.name}
        </button>
      ))}
    </div>
  );
}

function LiveSessions({
  router,
  live,
  isAdmin,
  onRetry,
  onSetLimit,
  onRemoveLimit,
  onLimitStates,
}: {
  router: Router;
  live: LiveConfig;
  isAdmin: boolean;
  onRetry: () => void;
  onSetLimit: (s: ActiveSession) => void;
  onRemoveLimit: (s: ActiveSession) => void;
  onLimitStates?: (signature: string) => void;
}) {
  const { sessions, history, error, live: liveState } = useActiveSessions(live, router.id);
  const signature = sessions ? sessions.map((s) => `${s.macAddress}:${s.assignmentId ?? ''}:${s.state ?? ''}`).join('|') : null;
  useEffect(() => {
    if (signature !== null) onLimitStates?.(signature);
  }, [signature, onLimitStates]);
  // A router that couldn't be read is tried again on its own (the subscription ends with the error).
  useEffect(() => {
    if (!error) return;
    const t = setTimeout(onRetry, RETRY_MS);
    return () => clearTimeout(t);
  }, [error, onRetry]);

  const host = (
    <span className="small muted">
      {router.name}
      {router.host !== undefined && (
        <>
          {' · '}
          <span className="mono">{`${router.host}:${router.port}`}</span>
        </>
      )}
      {sessions && ` · ${sessions.length} online`}
    </span>
  );
  return (
    <>
      <div className="toolbar">
        {host}
        <span className="spacer" />
        <LiveIndicator state={error ? 'offline' : liveState} hint="Sessions and speeds are read from the router every couple of seconds" />
      </div>
      {error ? (
        <div className="card-body stack" style={{ gap: 12 }} data-testid="sessions-error">
          <ErrorAlert code={error.code} message={error.message} title="Can't read this router" />
          <div className="row">
            <Button onClick={onRetry}>Try again</Button>
            <span className="small muted">Tried again every {RETRY_MS / 1000} seconds.</span>
          </div>
        </div>
      ) : sessions === null ? (
        <SessionsSkeleton />
      ) : sessions.length === 0 ? (
        <EmptyState title="No one is connected to this router" icon={<IconUsers />}>
          {isAdmin ? 'Hotspot sessions appear here as soon as someone logs in.' : 'Your users appear here as soon as one of them logs in to this hotspot.'}
        </EmptyState>
      ) : (
        <SessionsTable
          sessions={sessions}
          history={history}
          canLimit={(s) => isAdmin || !!s.userId}
          onSetLimit={onSetLimit}
          onRemoveLimit={onRemoveLimit}
        />
      )}
    </>
  );
}

function SessionsSkeleton() {
  return (
    <div className="card-body stack" style={{ gap: 14 }} aria-busy="true" data-testid="sessions-loading">
      <span className="sr-only">Loading sessions…</span>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="row" style={{ gap: 18 }}>
          <div className="skeleton" style={{ height: 16, width: '18%' }} />
          <div className="skeleton" style={{ height: 16, width: '22%' }} />
          <div className="skeleton" style={{ height: 16, width: '12%' }} />
          <div className="skeleton" style={{ height: 16, flex: 1 }} />
        </div>
      ))}
    </div>
  );
}
