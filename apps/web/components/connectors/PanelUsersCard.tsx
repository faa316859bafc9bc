'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { Ago } from '@/components/ui/Ago';
import { Badge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconSearch, IconUsers } from '@/components/ui/Icons';
import { When } from '@/components/ui/When';
import { isPast } from '@/lib/format';
import { PanelStateBadge } from './badges';
import { exactBytes, formatGb } from './format';
import type { Connector, PanelUser } from './types';
import { PANEL_USERS_SHOWN, type ConnectorDetailState } from './useConnectorDetail';

/** A panel's users as the last poll saw them: who they are here, whether the panel lets them in, and the panel's own counters (GB). */
export function PanelUsersCard({
  connector,
  state,
  search,
  onSearch,
  picker,
}: {
  connector: Connector;
  state: ConnectorDetailState;
  search: string;
  onSearch: (text: string) => void;
  /** The connector picker, when there are several. */
  picker?: ReactNode;
}) {
  const { users, error, searching } = state;
  const xui = connector.kind === 'XUI';
  return (
    <section className="card" data-testid="panel-users-card">
      <div className="card-head">
        <div>
          <h2>
            Users in {connector.name}
            {users && !search && <span className="muted"> · {users.length >= PANEL_USERS_SHOWN ? `${PANEL_USERS_SHOWN}+` : users.length}</span>}
          </h2>
          <p>As the last poll read them. Ours over their line are disabled in the panel (held) and enabled again when they may be online.</p>
        </div>
        {picker}
      </div>
      <div className="toolbar" role="search">
        <div className="search">
          <IconSearch />
          <input
            className="input"
            type="search"
            placeholder={xui ? 'Search client email' : 'Search panel username'}
            aria-label="Search panel users"
            value={search}
            onChange={(e) => onSearch(e.target.value)}
          />
        </div>
        {searching && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Searching" />}
        <span className="spacer" />
        {users && users.length >= PANEL_USERS_SHOWN && <span className="small muted">The first {PANEL_USERS_SHOWN} shown: search to find the others.</span>}
      </div>
      {error && (
        <div className="card-body" style={{ paddingBottom: users ? 0 : undefined }}>
          <ErrorAlert code={error.code} message={error.message} title="Can't read the panel's users" />
        </div>
      )}
      {users === null ? (
        error ? null : <RowsSkeleton label="Loading the panel's users…" />
      ) : users.length === 0 ? (
        search ? (
          <EmptyState title="No panel user matches" icon={<IconSearch />}>
            Nothing in {connector.name} contains “{search}”.
          </EmptyState>
        ) : (
          <EmptyState title={connector.lastSyncAt ? 'The panel has no users' : 'Not read yet'} icon={<IconUsers />}>
            {connector.lastSyncAt ? 'Users created in the panel appear here after the next poll.' : 'The first poll comes within seconds; “Sync now” reads it at once.'}
          </EmptyState>
        )
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="panel-users-table">
            <thead>
              <tr>
                <th>{xui ? 'Client' : 'Panel user'}</th>
                <th>Our user</th>
                <th>In the panel</th>
                <th>Panel status</th>
                <th className="num">Used</th>
                <th className="num">Data limit</th>
                <th>Expires</th>
                <th>Read</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <PanelUserRow key={`${u.inbound}/${u.panelKey}`} u={u} xui={xui} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PanelUserRow({ u, xui }: { u: PanelUser; xui: boolean }) {
  const used = BigInt(u.up) + BigInt(u.down);
  return (
    <tr data-testid={`panel-user-row-${u.panelKey}`} data-inbound={u.inbound}>
      <td>
        <div className="primary-cell mono">{u.panelKey}</div>
        {xui && u.inbound && <div className="sub">inbound {u.inbound}</div>}
      </td>
      <td className="nowrap" data-testid="panel-user-ours">
        {u.username ? (
          <Link href={`/users?q=${encodeURIComponent(u.username)}`}>{u.username}</Link>
        ) : (
          <Badge tone="amber" plain>
            Unmapped
          </Badge>
        )}
      </td>
      <td className="nowrap">
        <PanelStateBadge user={u} />
      </td>
      <td className="nowrap" data-testid="panel-user-status">
        <span className="mono small">{u.panelStatus}</span>
        {u.resetPending && (
          <div className="sub" title="A reset of ours the panel has still to take; it is sent on the next poll">
            Reset pending
          </div>
        )}
      </td>
      <td className="num nowrap" data-testid="panel-user-used" title={`${exactBytes(used)} — up ${exactBytes(u.up)}, down ${exactBytes(u.down)}`}>
        <div className="primary-cell">{formatGb(used)}</div>
        {/* Marzban and PasarGuard keep one counter (down); 3x-ui both directions. */}
        {BigInt(u.up) > 0n && (
          <div className="sub">
            ↑ {formatGb(u.up)} · ↓ {formatGb(u.down)}
          </div>
        )}
      </td>
      <td className="num nowrap" data-testid="panel-user-limit" title={u.dataLimit ? exactBytes(u.dataLimit) : undefined}>
        {u.dataLimit ? formatGb(u.dataLimit) : <span className="muted">Unlimited</span>}
      </td>
      <td className="nowrap">
        {u.expiresAt ? (
          <span style={isPast(u.expiresAt) ? { color: 'var(--red)', fontWeight: 600 } : undefined}>
            <When iso={u.expiresAt} />
          </span>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td className="nowrap small">
        <Ago iso={u.readAt} />
      </td>
    </tr>
  );
}

export function RowsSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div className="card-body stack" style={{ gap: 14 }} aria-busy="true">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="row" style={{ gap: 18 }}>
          <div className="skeleton" style={{ height: 16, width: '20%' }} />
          <div className="skeleton" style={{ height: 16, width: '14%' }} />
          <div className="skeleton" style={{ height: 16, width: '12%' }} />
          <div className="skeleton" style={{ height: 16, flex: 1 }} />
        </div>
      ))}
    </div>
  );
}
