'use client';

import { Ago } from '@/components/ui/Ago';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconInbox } from '@/components/ui/Icons';
import { formatDateTime } from '@/lib/format';
import { PushActionBadge } from './badges';
import { PanelAnswerCells, PanelTargetCell } from './PanelAnswerCells';
import { RowsSkeleton } from './PanelUsersCard';
import type { Connector, ConnectorLogEntry } from './types';
import { LOG_SHOWN } from './useConnectorDetail';

/** What we pushed to the panel (disable, enable, reset, delete), newest first, with the panel's own answer. */
export function PushLogCard({ connector, log }: { connector: Connector; log: ConnectorLogEntry[] | null }) {
  const failed = (log ?? []).filter((e) => !e.ok).length;
  return (
    <section className="card" data-testid="push-log-card">
      <div className="card-head">
        <div>
          <h2>
            Pushed to {connector.name}
            {failed > 0 && (
              <span className="text-red" style={{ fontSize: 13, marginLeft: 8 }}>
                {failed} failed
              </span>
            )}
          </h2>
          <p>Every change we made in the panel, newest first{log && log.length >= LOG_SHOWN ? ` (the last ${LOG_SHOWN})` : ''}. A failed push is tried again on the next poll.</p>
        </div>
      </div>
      {log === null ? (
        <RowsSkeleton label="Loading the push log…" rows={2} />
      ) : log.length === 0 ? (
        <EmptyState title="Nothing pushed yet" icon={<IconInbox />}>
          When one of our users may not be online (suspended, over its limit, expired, disabled) it is disabled in the panel, and enabled again when it may. Each change is listed here.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense compact" data-testid="push-log-table">
            <thead>
              <tr>
                <th>When</th>
                <th>Action</th>
                <th>User</th>
                <th>Result</th>
                <th>The panel’s answer</th>
              </tr>
            </thead>
            <tbody>
              {log.map((e) => (
                <tr key={e.id} data-testid="push-log-row" data-action={e.action} data-key={e.panelKey ?? ''} data-ok={e.ok}>
                  <td className="nowrap small" title={formatDateTime(e.at)}>
                    <Ago iso={e.at} />
                  </td>
                  <td className="nowrap">
                    <PushActionBadge action={e.action} />
                  </td>
                  <PanelTargetCell panelKey={e.panelKey} inbound={e.inbound} />
                  <PanelAnswerCells ok={e.ok} status={e.status} message={e.message} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
