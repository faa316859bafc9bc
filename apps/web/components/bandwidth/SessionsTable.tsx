'use client';

import { formatBytes, parseRate } from '@tm/shared';
import { Button } from '@/components/ui/Button';
import { formatUptime } from '@/lib/format';
import type { ActiveSession } from '@/lib/graphql/models';
import { formatLimitPair, formatSpeed } from '@/lib/rates';
import { LimitStateBadge } from './badges';
import { Sparkline } from './Sparkline';
import { sessionTotals, type RatePoint } from './useActiveSessions';

/** The live table of one router's hotspot sessions, with a totals row. */
export function SessionsTable({
  sessions,
  history,
  canLimit,
  onSetLimit,
  onRemoveLimit,
}: {
  sessions: ActiveSession[];
  history: Record<string, RatePoint[]>;
  /** Whether this viewer may change this session's limit (agents: their own users only). */
  canLimit: (s: ActiveSession) => boolean;
  onSetLimit: (s: ActiveSession) => void;
  onRemoveLimit: (s: ActiveSession) => void;
}) {
  const totals = sessionTotals(sessions);
  return (
    <div className="table-wrap">
      <table className="table dense" data-testid="sessions-table">
        <thead>
          <tr>
            <th>User</th>
            <th>Device</th>
            <th className="num">Uptime</th>
            <th className="num">Transferred</th>
            <th className="num">Speed now</th>
            <th>Limit</th>
            <th className="actions">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const ceiling = Math.max(parseRate(s.limitDown ?? '') ?? 0, parseRate(s.limitUp ?? '') ?? 0) || null;
            return (
              <tr key={s.macAddress} data-testid={`session-row-${s.macAddress}`}>
                <td>
                  <div className="primary-cell">{s.username ?? s.user}</div>
                  <div className="sub nowrap">{s.username && s.username !== s.user ? `Hotspot login ${s.user}` : s.userId ? 'Portal user' : 'Not a portal user'}</div>
                </td>
                <td className="nowrap">
                  <div className="mono" data-testid="session-mac">
                    {s.macAddress}
                  </div>
                  <div className="sub mono">{s.address}</div>
                </td>
                <td className="num nowrap" data-testid="session-uptime">
                  {formatUptime(s.uptimeSeconds)}
                </td>
                <td className="num nowrap" data-testid="session-bytes">
                  <div>↓ {formatBytes(s.downloadBytes)}</div>
                  <div className="sub">↑ {formatBytes(s.uploadBytes)}</div>
                </td>
                <td className="num nowrap">
                  <div className="rate-cell">
                    <Sparkline points={history[s.macAddress] ?? []} ceiling={ceiling} />
                    <div>
                      <div className="rate-down" data-testid="session-rate-down">
                        ↓ {formatSpeed(s.downloadRate)}
                      </div>
                      <div className="sub" data-testid="session-rate-up">
                        ↑ {formatSpeed(s.uploadRate)}
                      </div>
                    </div>
                  </div>
                </td>
                <td className="nowrap">
                  <div className="mono" data-testid="session-limit">
                    {formatLimitPair(s.limitDown, s.limitUp)}
                  </div>
                  {(s.state || s.throttled) && (
                    <div className="limit-state badges">
                      {s.throttled && (
                        <span className="badge blue" title="Over its line: kept online at the throttle speed instead of being cut off" data-testid="session-throttled">
                          Throttled
                        </span>
                      )}
                      {s.state && <LimitStateBadge state={s.state} />}
                    </div>
                  )}
                </td>
                <td className="actions">
                  {canLimit(s) && (
                    <>
                      <Button size="sm" variant="ghost" onClick={() => onSetLimit(s)} aria-label={`Set limit for ${s.username ?? s.user}`}>
                        {s.assignmentId ? 'Change' : 'Set limit'}
                      </Button>
                      {s.assignmentId && (
                        <Button size="sm" variant="ghost" className="danger-text" onClick={() => onRemoveLimit(s)} aria-label={`Remove limit of ${s.username ?? s.user}`}>
                          Remove
                        </Button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-testid="sessions-totals">
            <td colSpan={3}>
              {sessions.length} {sessions.length === 1 ? 'session' : 'sessions'} · {totals.limited} limited
            </td>
            <td className="num nowrap">
              <div>↓ {formatBytes(totals.down)}</div>
              <div className="sub">↑ {formatBytes(totals.up)}</div>
            </td>
            <td className="num nowrap">
              <div data-testid="sessions-total-rate">↓ {formatSpeed(totals.downRate)}</div>
              <div className="sub">↑ {formatSpeed(totals.upRate)}</div>
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
