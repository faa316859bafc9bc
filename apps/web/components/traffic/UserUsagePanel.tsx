'use client';

import { useEffect, useState } from 'react';
import { formatBytes } from '@tm/shared';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconChart } from '@/components/ui/Icons';
import { When } from '@/components/ui/When';
import { formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { USER_USAGE } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ServerUsage } from '@/lib/graphql/models';
import { DAY_CHOICES } from '@/lib/series';

/** 1 / 7 / 30 / 90 days as a segmented control. */
export function DaysSelector({ value, onChange }: { value: number; onChange: (days: number) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Period">
      {DAY_CHOICES.map((d) => (
        <button key={d} type="button" aria-pressed={value === d} onClick={() => onChange(d)}>
          {d === 1 ? '24 hours' : `${d} days`}
        </button>
      ))}
    </div>
  );
}

type State = { status: 'loading' } | { status: 'error'; code: string; message: string } | { status: 'ready'; rows: ServerUsage[] };

const periodText = (days: number) => (days === 1 ? 'the last 24 hours' : `the last ${days} days`);

/**
 * A user's traffic per server × protocol over the last `days` (`userUsage`): up, down, total
 * with a share bar, samples and when the user was last seen there. `refreshKey` refetches.
 */
export function UserUsagePanel({
  userId,
  username,
  days,
  refreshKey = 0,
  compact = false,
}: {
  userId: string;
  username: string;
  days: number;
  refreshKey?: number;
  /** Narrow places (a dialog): download / upload under the total instead of in their own columns. */
  compact?: boolean;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [retry, setRetry] = useState(0);

  useEffect(() => {
    let cancelled = false;
    gql(USER_USAGE, { userId, days })
      .then((d) => !cancelled && setState({ status: 'ready', rows: d.userUsage }))
      .catch((err) => !cancelled && setState({ status: 'error', code: errorCode(err), message: errorMessage(err) }));
    return () => {
      cancelled = true;
    };
  }, [userId, days, refreshKey, retry]);

  // A new user or period starts from a skeleton, not from the previous user's rows; a refresh
  // keeps the rows shown until the new ones arrive (after an error it shows the skeleton again).
  const view = `${userId}:${days}`;
  const [shownFor, setShownFor] = useState(view);
  const [refreshedFor, setRefreshedFor] = useState(refreshKey);
  if (shownFor !== view || refreshedFor !== refreshKey) {
    setShownFor(view);
    setRefreshedFor(refreshKey);
    if (shownFor !== view || state.status !== 'ready') setState({ status: 'loading' });
  }

  function tryAgain() {
    setState({ status: 'loading' });
    setRetry((n) => n + 1);
  }

  if (state.status === 'loading') {
    return (
      <div className="card-body stack" style={{ gap: 12 }} aria-busy="true" data-testid="user-usage-loading">
        <span className="sr-only">Loading…</span>
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="skeleton" style={{ height: 18, width: `${88 - i * 12}%` }} />
        ))}
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="card-body stack" style={{ gap: 10 }}>
        <ErrorAlert code={state.code} message={state.message} />
        <div>
          <Button size="sm" onClick={tryAgain}>
            Try again
          </Button>
        </div>
      </div>
    );
  }
  const rows = [...state.rows].sort((a, b) => (BigInt(b.total) > BigInt(a.total) ? 1 : BigInt(b.total) < BigInt(a.total) ? -1 : 0));
  if (rows.length === 0) {
    return (
      <EmptyState title={`No traffic in ${periodText(days)}`} icon={<IconChart />}>
        No server reported traffic for {username} in {periodText(days)}. Try a longer period.
      </EmptyState>
    );
  }
  let up = 0n;
  let down = 0n;
  let samples = 0;
  for (const r of rows) {
    up += BigInt(r.up);
    down += BigInt(r.down);
    samples += Number(r.samples);
  }
  const total = up + down;
  const latest = rows.reduce<string | null>((m, r) => (r.lastSeenAt && (!m || r.lastSeenAt > m) ? r.lastSeenAt : m), null);

  return (
    <div className="table-wrap">
      <table className="table" data-testid="user-usage-table">
        <thead>
          <tr>
            <th>Server</th>
            <th>Protocol</th>
            {!compact && <th className="num">Download</th>}
            {!compact && <th className="num">Upload</th>}
            <th>Total</th>
            <th className="num">Samples</th>
            <th>Last seen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const share = total === 0n ? 0 : Number((BigInt(r.total) * 1000n) / total) / 10;
            return (
              <tr key={`${r.serverId ?? 'none'}:${r.protocol ?? ''}:${i}`} data-testid={`usage-row-${r.serverName ?? 'unknown'}`}>
                <td className="primary-cell">{r.serverName ?? <span className="muted">Deleted server</span>}</td>
                <td>{r.protocol ? <span className="badge plain blue">{r.protocol}</span> : <span className="muted">—</span>}</td>
                {!compact && <td className="num nowrap">{formatBytes(r.down)}</td>}
                {!compact && <td className="num nowrap">{formatBytes(r.up)}</td>}
                <td style={{ minWidth: 160 }}>
                  <div className="usage-text" style={{ marginBottom: 4 }}>
                    <b>{formatBytes(r.total)}</b>
                    <span className="of">{share.toFixed(share >= 10 || share === 0 ? 0 : 1)}%</span>
                  </div>
                  <div className="bar thin">
                    <span style={{ width: `${BigInt(r.total) > 0n ? Math.max(1.5, share) : 0}%` }} />
                  </div>
                  {compact && (
                    <div className="sub nowrap" style={{ marginTop: 3 }}>
                      ↓ {formatBytes(r.down)} · ↑ {formatBytes(r.up)}
                    </div>
                  )}
                </td>
                <td className="num">{formatNumber(Number(r.samples))}</td>
                <td className="nowrap">
                  <When iso={r.lastSeenAt} time empty="Never" />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td className="primary-cell">Total</td>
            <td className="muted small nowrap">{periodText(days)}</td>
            {!compact && <td className="num nowrap">{formatBytes(down)}</td>}
            {!compact && <td className="num nowrap">{formatBytes(up)}</td>}
            <td className="nowrap" data-testid="user-usage-total">
              <b>{formatBytes(total)}</b>
              {compact && (
                <div className="sub" style={{ fontWeight: 400 }}>
                  ↓ {formatBytes(down)} · ↑ {formatBytes(up)}
                </div>
              )}
            </td>
            <td className="num">{formatNumber(samples)}</td>
            <td className="nowrap">
              <When iso={latest} time empty="Never" />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
