'use client';

import type { Tone } from '@/components/ui/Badge';
import { Badge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconUsers } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import type { RouterLogin } from '@/lib/graphql/models';
import { cutOffReason } from '@/lib/over-limit';
import { formatDateTime } from '@/lib/format';
import type { RouterLoginsState } from './useRouterLogins';

const KIND: Record<string, string> = { HOTSPOT: 'Hotspot', PPP: 'PPP' };

const REASON_TONE: Record<string, Tone> = { SUSPENDED: 'violet', LIMITED: 'amber', EXPIRED: 'red', DISABLED: 'gray', ACTIVE: 'green' };

const STATE: Record<string, { tone: Tone; label: string; hint: string }> = {
  PRESENT: { tone: 'gray', label: 'Disabled on router', hint: 'The login is disabled on the router and its session was kicked' },
  PENDING: { tone: 'blue', label: 'Being applied', hint: 'The router is told on its next pass (every few seconds)' },
  MISSING: { tone: 'amber', label: 'Not on router', hint: 'The login is missing on the router; it is put back (disabled) on the next pass' },
  FAILED: { tone: 'red', label: 'Failed', hint: "The router refused or didn't answer; retried on its own" },
};

function LoginState({ login }: { login: RouterLogin }) {
  const s = STATE[login.state] ?? { tone: 'gray' as Tone, label: login.state, hint: '' };
  return (
    <>
      <span className={`badge ${s.tone}`} title={login.lastError ? `${s.hint}. ${login.lastError}` : s.hint} data-testid="cutoff-state" data-state={login.state}>
        {s.label}
      </span>
      {login.state === 'FAILED' && login.lastError && (
        <div className="text-red-soft small" data-testid="cutoff-error">
          {login.lastError}
        </div>
      )}
    </>
  );
}

/**
 * Who is cut off on the routers right now: our users over their line whose hotspot login or PPP
 * secret the portal disabled (and whose session it kicked). Kept current by `useRouterLogins`.
 */
export function CutOffCard({ state, isAdmin }: { state: RouterLoginsState; isAdmin: boolean }) {
  const { logins, error, live } = state;
  const held = (logins ?? []).filter((l) => l.held);
  const throttled = (logins ?? []).filter((l) => l.throttled && !l.held).length;
  return (
    <section className="card" data-testid="cutoff-card">
      <div className="card-head">
        <div>
          <h2>
            Cut off on routers{' '}
            {logins && (
              <span className="muted cutoff-count" data-testid="cutoff-count">
                · {held.length}
              </span>
            )}
          </h2>
          <p>
            {isAdmin ? 'Users' : 'Your users'} over their line whose hotspot login or PPP secret is disabled and session kicked. They are let back in on their own when they are
            under again (limit raised, usage reset, renewed).
            {throttled > 0 && (
              <span data-testid="throttled-count">
                {' '}
                {throttled} more {throttled === 1 ? 'is' : 'are'} slowed down instead.
              </span>
            )}
          </p>
        </div>
        <LiveIndicator state={error ? 'offline' : live} hint="Re-read every few seconds and whenever a status changes" />
      </div>
      {error && (
        <div className="card-body" style={{ paddingBottom: logins ? 0 : undefined }}>
          <ErrorAlert code={error.code} message={error.message} title="Can't read the routers' logins" />
        </div>
      )}
      {logins === null ? (
        error ? null : <CutOffSkeleton />
      ) : held.length === 0 ? (
        <EmptyState title="No one is cut off" icon={<IconUsers />}>
          Users who go over their data limit, expire, are disabled, or whose agent reaches its limit (when set to cut off) are listed here while their login is disabled on a router.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="cutoff-table">
            <thead>
              <tr>
                <th>User</th>
                <th>Router</th>
                <th>Kind</th>
                <th>Reason</th>
                <th>Since</th>
                <th>On the router</th>
              </tr>
            </thead>
            <tbody>
              {held.map((l) => (
                <tr key={l.id} data-testid={`cutoff-row-${l.username}`}>
                  <td>
                    <div className="primary-cell">{l.username}</div>
                    {l.name !== l.username && <div className="sub mono">login {l.name}</div>}
                  </td>
                  <td className="nowrap">{l.routerName}</td>
                  <td className="nowrap" data-testid="cutoff-kind">
                    {KIND[l.kind] ?? l.kind}
                  </td>
                  <td className="nowrap" data-testid="cutoff-reason">
                    <Badge tone={REASON_TONE[l.userStatus] ?? 'gray'}>{cutOffReason(l.userStatus)}</Badge>
                  </td>
                  <td className="nowrap" data-testid="cutoff-since">
                    {formatDateTime(l.updatedAt)}
                  </td>
                  <td className="nowrap">
                    <LoginState login={l} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CutOffSkeleton() {
  return (
    <div className="card-body stack" style={{ gap: 14 }} aria-busy="true" data-testid="cutoff-loading">
      <span className="sr-only">Loading who is cut off…</span>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="row" style={{ gap: 18 }}>
          <div className="skeleton" style={{ height: 16, width: '20%' }} />
          <div className="skeleton" style={{ height: 16, width: '16%' }} />
          <div className="skeleton" style={{ height: 16, width: '10%' }} />
          <div className="skeleton" style={{ height: 16, flex: 1 }} />
        </div>
      ))}
    </div>
  );
}
