'use client';

import Link from 'next/link';
import { formatBytes } from '@tm/shared';
import { Badge, UserStatusBadge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconSearch } from '@/components/ui/Icons';
import { UsageBar } from '@/components/ui/UsageBar';
import { formatDate } from '@/lib/format';
import type { User } from '@/lib/graphql/models';
import { DaysSelector, UserUsagePanel } from './UserUsagePanel';
import { UserPicker } from './UserPicker';

/** The Traffic page's per-user breakdown: pick a user, see its traffic per server × protocol over `days`. */
export function UserBreakdownCard({
  user,
  userError,
  days,
  navigating,
  refreshKey,
  go,
}: {
  user: User | null;
  userError: { code: string; message: string } | null;
  days: number;
  /** The page is switching to another user or period. */
  navigating: boolean;
  refreshKey: number;
  go: (params: { user?: string | null; days?: number }) => void;
}) {
  return (
    <section className="card" data-testid="user-breakdown">
      <div className="card-head">
        <div>
          <h2>Per-user breakdown</h2>
          <p>One user’s traffic per server and protocol, with when it was last seen.</p>
        </div>
        <div className="row">
          {navigating && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Loading" />}
          <DaysSelector value={days} onChange={(d) => go({ days: d })} />
        </div>
      </div>
      <div className="toolbar">
        <div style={{ flex: '1 1 320px', maxWidth: 460 }}>
          <UserPicker onPick={(u) => go({ user: u.id })} />
        </div>
      </div>
      {user && (
        <div className="picked" data-testid="picked-user">
          <div style={{ minWidth: 0 }}>
            <div className="row" style={{ gap: 8 }}>
              <b>{user.username}</b>
              <UserStatusBadge status={user.status} throttled={user.throttled} />
              {user.agentUsername ? <span className="small muted">owned by {user.agentUsername}</span> : <Badge tone="gray" plain>Admin</Badge>}
            </div>
            <div className="small muted">
              Lifetime {formatBytes(user.lifetime)} · created {formatDate(user.createdAt)}
            </div>
          </div>
          <span className="spacer" />
          <div style={{ width: 280 }}>
            <UsageBar used={user.used} limit={user.dataLimit} label={`${user.username} data used`} />
          </div>
          <Button size="sm" variant="ghost" onClick={() => go({ user: null })} aria-label="Clear user">
            Clear
          </Button>
        </div>
      )}
      {userError ? (
        <div className="card-body">
          <ErrorAlert code={userError.code} message={userError.message} />
        </div>
      ) : user ? (
        <UserUsagePanel userId={user.id} username={user.username} days={days} refreshKey={refreshKey} />
      ) : (
        <EmptyState title="Pick a user" icon={<IconSearch />} action={<Link href="/users" className="btn sm">Browse users</Link>}>
          Search by username, token or MAC address to see which servers and protocols the user’s traffic went through.
        </EmptyState>
      )}
    </section>
  );
}
