'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { LiveState } from '@/components/live/useSubscription';
import { Ago } from '@/components/ui/Ago';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconServers } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { formatAgo, formatNumber } from '@/lib/format';
import { ConnectorKindLabel, ConnectorStatusBadge } from './badges';
import type { Connector } from './types';

export interface ConnectorActions {
  onSelect: (c: Connector) => void;
  onTest: (c: Connector) => void;
  onSync: (c: Connector) => void;
  onEdit: (c: Connector) => void;
  onRemove: (c: Connector) => void;
}

/** The panels we log into: kind and address, status (with the panel's own message), last sync, version, latency and user counts. */
export function ConnectorsCard({
  connectors,
  selectedId,
  syncingId,
  live,
  addButton,
  actions,
}: {
  connectors: Connector[];
  selectedId: string | null;
  syncingId: string | null;
  live: LiveState;
  addButton: ReactNode;
  actions: ConnectorActions;
}) {
  return (
    <section className="card" data-testid="connectors-card">
      <div className="card-head">
        <div>
          <h2>Panels</h2>
          <p>Each is polled on its own interval: usage counted once, our users’ state pushed back.</p>
        </div>
        {connectors.length > 0 && <LiveIndicator state={live} hint="Status, last sync and counts are re-read every few seconds" />}
      </div>
      {connectors.length === 0 ? (
        <EmptyState title="No connectors yet" icon={<IconServers />} action={addButton}>
          Add a Marzban, PasarGuard or 3x-ui panel with an admin login. The portal then counts every panel user’s traffic and disables the users that go over their line.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="connectors-table">
            <thead>
              <tr>
                <th>Panel</th>
                <th>Status</th>
                <th>Last sync</th>
                <th>Version</th>
                <th className="num">Users</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connectors.map((c) => (
                <ConnectorRow key={c.id} c={c} selected={c.id === selectedId} syncing={syncingId === c.id} actions={actions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ConnectorRow({ c, selected, syncing, actions }: { c: Connector; selected: boolean; syncing: boolean; actions: ConnectorActions }) {
  const failing = c.status === 'OFFLINE' || c.status === 'FAILED';
  return (
    <tr className={selected ? 'expanded' : undefined} data-testid={`connector-row-${c.name}`} aria-selected={selected}>
      <td>
        <button type="button" className="link-button primary-cell" onClick={() => actions.onSelect(c)} aria-label={`Show the users of ${c.name}`} aria-pressed={selected}>
          {c.name}
        </button>
        <div className="sub nowrap" title={c.username ? `Logs in as ${c.username}` : 'Logs in with an API token'}>
          <ConnectorKindLabel kind={c.kind} /> ·{' '}
          <span className="mono" data-testid="connector-url">
            {c.url}
          </span>
        </div>
      </td>
      <td style={{ maxWidth: 280 }}>
        <ConnectorStatusBadge status={c.status} />
        {failing && c.lastError && (
          <div className={c.status === 'FAILED' ? 'text-red-soft small' : 'text-amber small'} data-testid="connector-error">
            {c.lastError}
          </div>
        )}
        {failing && <NextTry c={c} />}
      </td>
      <td className="nowrap" data-testid="connector-synced">
        <Ago iso={c.lastSyncAt} empty="Not yet" every={1000} />
        <div className="sub">every {formatPoll(c.pollSeconds)}</div>
      </td>
      <td className="nowrap">
        <div data-testid="connector-version">
          {c.version ?? (
            <span className="muted" title="Read by Test">
              —
            </span>
          )}
        </div>
        <div className="sub" data-testid="connector-latency" title="How long the last poll or test took">
          {c.latencyMs !== null ? `${c.latencyMs} ms` : ''}
        </div>
      </td>
      <td className="num nowrap">
        <div className="primary-cell" data-testid="connector-users">
          {formatNumber(c.panelUsers)}
        </div>
        <div className="sub">
          <span className={c.unmappedUsers > 0 ? 'text-amber' : undefined} data-testid="connector-unmapped" title="Panel users that are none of ours">
            {formatNumber(c.unmappedUsers)} unmapped
          </span>{' '}
          ·{' '}
          <span data-testid="connector-held" title="Users of ours we hold disabled in the panel">
            {formatNumber(c.heldUsers)} held
          </span>
        </div>
      </td>
      <td className="actions">
        <Button size="sm" variant="ghost" onClick={() => actions.onTest(c)} aria-label={`Test ${c.name}`}>
          Test
        </Button>
        <Button size="sm" variant="ghost" pending={syncing} onClick={() => actions.onSync(c)} aria-label={`Sync ${c.name} now`}>
          Sync now
        </Button>
        <Button size="sm" variant="ghost" onClick={() => actions.onEdit(c)} aria-label={`Edit ${c.name}`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" className="danger-text" onClick={() => actions.onRemove(c)} aria-label={`Remove ${c.name}`}>
          Remove
        </Button>
      </td>
    </tr>
  );
}

function formatPoll(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/**
 * When a panel that failed is tried again: after its backoff (`nextAttemptAt`) and once its poll
 * interval since the last good sync has passed, whichever is later; "Sync now" tries at once.
 */
function NextTry({ c }: { c: Connector }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const times = [c.nextAttemptAt ? Date.parse(c.nextAttemptAt) : 0, c.lastSyncAt ? Date.parse(c.lastSyncAt) + c.pollSeconds * 1000 : 0];
  const next = Math.max(...times);
  return (
    <div className="sub nowrap" suppressHydrationWarning>
      {next > now + 1000 ? `Next try ${formatAgo(new Date(next).toISOString(), now)}` : 'Retrying on the next poll'}
    </div>
  );
}
