'use client';

import { Fragment, useState } from 'react';
import { formatBytes } from '@tm/shared';
import { Badge, type Tone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconReset, IconSearch } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { TableFoot } from '@/components/ui/TableFoot';
import { When } from '@/components/ui/When';
import type { LiveState } from '@/components/live/useSubscription';
import { formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { RESET_EVENT_SNAPSHOT } from '@/lib/graphql/documents/resets';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ResetEventConnection, ResetScope, ResetSnapshot, ResetTrigger } from '@/lib/graphql/models';
import { actorKindLabel, RESET_SCOPES, RESET_TRIGGERS, scopeLabel, targetText, triggerLabel, type ResetView } from '@/lib/resets';
import { SnapshotTables } from './SnapshotTables';
import { PanelPushes, type PanelPush } from './PanelPushes';

type Err = { code: string; message: string };
type Detail = { state: 'loading' } | { state: 'error'; error: Err } | { state: 'ready'; snapshot: ResetSnapshot | null; pushes: PanelPush[] };

export const SCOPE_TONES: Record<string, Tone> = { USER: 'blue', SERVER: 'gray', AGENT: 'violet', ALL: 'red', DEPLETED: 'amber' };

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Rows the snapshot query returns per list. */
const SNAPSHOT_ROWS = 200;

/**
 * The audit log of resets, newest first: filters (scope, trigger, outcome), paging, and per row the
 * snapshot of what it zeroed, loaded when the row is expanded. New events are put on top by the page.
 */
export function ResetHistory({
  list,
  view,
  navigating,
  liveState,
  flash,
  loadingMore,
  error,
  onFilter,
  onLoadMore,
}: {
  list: ResetEventConnection;
  view: ResetView;
  navigating: boolean;
  liveState: LiveState;
  flash: Record<string, number>;
  loadingMore: boolean;
  error: Err | null;
  onFilter: (change: Partial<ResetView>) => void;
  onLoadMore: () => void;
}) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [details, setDetails] = useState<Record<string, Detail>>({});
  const filtered = !!(view.scope || view.trigger || view.outcome);

  function load(id: string) {
    setDetails((d) => ({ ...d, [id]: { state: 'loading' } }));
    gql(RESET_EVENT_SNAPSHOT, { id, first: SNAPSHOT_ROWS })
      .then((d) => {
        const raw = d.resetEvent?.snapshot ?? null;
        // A JSON scalar: an object, or (from some drivers) its text.
        const snapshot = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ResetSnapshot | null;
        setDetails((x) => ({ ...x, [id]: { state: 'ready', snapshot, pushes: d.resetEvent?.panelPushes ?? [] } }));
      })
      .catch((err) => setDetails((x) => ({ ...x, [id]: { state: 'error', error: { code: errorCode(err), message: errorMessage(err) } } })));
  }

  function toggle(id: string) {
    const next = !open[id];
    setOpen((o) => ({ ...o, [id]: next }));
    if (next && (!details[id] || details[id].state === 'error')) load(id);
  }

  return (
    <section className="card" data-testid="reset-history">
      <div className="card-head">
        <div>
          <h2>History</h2>
          <p>Every reset, by hand, on a schedule or by a billing cycle, with what it cleared. Failed attempts are logged too.</p>
        </div>
        <LiveIndicator state={liveState} hint="New resets appear as they happen" />
      </div>
      <div className="toolbar">
        <select className="select" aria-label="Scope" value={view.scope ?? ''} onChange={(e) => onFilter({ scope: (e.target.value || null) as ResetScope | null })}>
          <option value="">All scopes</option>
          {RESET_SCOPES.map((s) => (
            <option key={s} value={s}>
              {scopeLabel(s)}
            </option>
          ))}
        </select>
        <select className="select" aria-label="Trigger" value={view.trigger ?? ''} onChange={(e) => onFilter({ trigger: (e.target.value || null) as ResetTrigger | null })}>
          <option value="">All triggers</option>
          {RESET_TRIGGERS.map((t) => (
            <option key={t} value={t}>
              {triggerLabel(t)}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label="Outcome"
          value={view.outcome ?? ''}
          onChange={(e) => onFilter({ outcome: (e.target.value || null) as ResetView['outcome'] })}
        >
          <option value="">Any outcome</option>
          <option value="ok">Succeeded</option>
          <option value="failed">Failed</option>
        </select>
        {navigating && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Loading" />}
      </div>

      {list.nodes.length === 0 ? (
        filtered ? (
          <EmptyState title="No resets match these filters" icon={<IconSearch />} action={<Button onClick={() => onFilter({ scope: null, trigger: null, outcome: null })}>Clear filters</Button>}>
            Try another scope, trigger or outcome.
          </EmptyState>
        ) : (
          <EmptyState title="No resets yet" icon={<IconReset />}>
            Resets of a user, a server, an agent or everything are recorded here with a snapshot of the counters they cleared.
          </EmptyState>
        )
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="reset-events">
            <thead>
              <tr>
                <th>When</th>
                <th>Reset</th>
                <th>By</th>
                <th>Outcome</th>
                <th className="num">Users</th>
                <th className="num">Cleared</th>
                <th className="actions">
                  <span className="sr-only">Snapshot</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((e) => {
                const expanded = !!open[e.id];
                const detail = details[e.id];
                const detailId = `reset-detail-${e.id}`;
                return (
                  <Fragment key={e.id}>
                    <tr
                      key={`${e.id}:${flash[e.id] ?? 0}`}
                      className={`${flash[e.id] ? 'flash' : ''}${expanded ? ' expanded' : ''}`.trim() || undefined}
                      data-testid={`reset-row-${e.id}`}
                      data-scope={e.scope}
                      data-target={e.targetLabel ?? ''}
                      data-ok={e.ok}
                    >
                      <td className="nowrap">
                        <When iso={e.at} time />
                        <div className="sub" data-testid="reset-trigger">
                          {triggerLabel(e.trigger)}
                        </div>
                      </td>
                      <td>
                        <div className="row wrap" style={{ gap: '2px 8px' }}>
                          <Badge tone={SCOPE_TONES[e.scope] ?? 'gray'} plain>
                            {scopeLabel(e.scope)}
                          </Badge>
                          <span className="primary-cell" data-testid="reset-target">
                            {targetText(e.scope, e.targetLabel, e.targetId)}
                          </span>
                        </div>
                        {e.reason && (
                          <div className="sub reason" title={e.reason}>
                            “{e.reason}”
                          </div>
                        )}
                      </td>
                      <td>
                        <div className="nowrap" data-testid="reset-actor">
                          {e.actorLabel ?? <span className="muted">—</span>}
                        </div>
                        <div className="sub">{actorKindLabel(e.actorKind)}</div>
                      </td>
                      <td data-testid="reset-outcome">
                        {e.ok ? (
                          <Badge tone="green">OK</Badge>
                        ) : (
                          <>
                            <Badge tone="red">Failed</Badge>
                            {e.error && <div className="sub text-red-soft">{e.error}</div>}
                          </>
                        )}
                      </td>
                      <td className="num" data-testid="reset-users">
                        {formatNumber(e.affectedUsers)}
                      </td>
                      <td className="num nowrap" data-testid="reset-cleared">
                        <span title={`${BigInt(e.bytesCleared).toLocaleString('en-US')} bytes`} style={{ fontWeight: 600 }}>
                          {formatBytes(e.bytesCleared)}
                        </span>
                      </td>
                      <td className="actions">
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-expanded={expanded}
                          aria-controls={detailId}
                          aria-label={`Snapshot: ${scopeLabel(e.scope)} ${targetText(e.scope, e.targetLabel, e.targetId)}`}
                          onClick={() => toggle(e.id)}
                        >
                          <span className={`chevron${expanded ? ' open' : ''}`} aria-hidden>
                            ›
                          </span>
                          Snapshot
                        </Button>
                      </td>
                    </tr>
                    {expanded && (
                      <tr className="detail-row" id={detailId} data-testid={`reset-detail-${e.id}`}>
                        <td colSpan={7}>
                          {!detail || detail.state === 'loading' ? (
                            <div className="small muted row">
                              <span className="spinner" aria-hidden /> Loading the snapshot…
                            </div>
                          ) : detail.state === 'error' ? (
                            <div className="row" style={{ alignItems: 'flex-start' }}>
                              <ErrorAlert code={detail.error.code} message={detail.error.message} />
                              <Button size="sm" onClick={() => load(e.id)}>
                                Try again
                              </Button>
                            </div>
                          ) : detail.snapshot === null ? (
                            <p className="small muted">
                              {e.ok ? 'Nothing was touched, so there is no snapshot.' : 'The reset failed before it changed anything; no counter was touched.'}
                            </p>
                          ) : (
                            <>
                              <p className="small muted" style={{ marginBottom: 12 }}>
                                Counters as they stood just before the reset{e.scope === 'DEPLETED' ? ' (the deleted users)' : ''}. Hover a value for the exact bytes.
                                {e.reportId && <> A traffic report was stored before this reset (see Reports below).</>}
                              </p>
                              <SnapshotTables snapshot={detail.snapshot} />
                            </>
                          )}
                          {detail?.state === 'ready' && <PanelPushes pushes={detail.pushes} />}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <div style={{ padding: '0 20px 14px' }}>
          <ErrorAlert code={error.code} message={error.message} />
        </div>
      )}
      {list.nodes.length > 0 && (
        <TableFoot
          shown={list.nodes.length}
          total={plural(list.totalCount, 'reset', 'resets')}
          testId="resets-count"
          hasNextPage={list.pageInfo.hasNextPage}
          loadingMore={loadingMore}
          onLoadMore={onLoadMore}
        />
      )}
    </section>
  );
}
