import type { ReactNode } from 'react';
import type { LiveState } from '@/components/live/useSubscription';
import { userStatusLabel } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconSearch, IconUsers } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { USER_STATUSES } from '@/lib/users';
import type { AgentOption } from './UserFormModal';

/** The users list's filters: search as you type, status, owner (admins), and the live state. */
export function UsersToolbar({
  search,
  onSearch,
  status,
  agentId,
  agents,
  navigate,
  navigating,
  liveState,
}: {
  search: string;
  onSearch: (text: string) => void;
  status: string;
  agentId: string;
  /** Admins only: the owner filter's choices. */
  agents?: AgentOption[];
  navigate: (change: { status?: string; agent?: string }) => void;
  navigating: boolean;
  liveState: LiveState;
}) {
  return (
    <div className="toolbar" role="search">
      <div className="search">
        <IconSearch />
        <input
          className="input"
          type="search"
          placeholder="Search username, token or MAC"
          aria-label="Search users"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <select className="select" aria-label="Status" value={status} onChange={(e) => navigate({ status: e.target.value || undefined })}>
        <option value="">All statuses</option>
        {USER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {userStatusLabel(s)}
          </option>
        ))}
      </select>
      {agents && (
        <select className="select" aria-label="Owner" value={agentId} onChange={(e) => navigate({ agent: e.target.value || undefined })}>
          <option value="">All owners</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.username}
            </option>
          ))}
        </select>
      )}
      {navigating && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Loading" />}
      <span className="spacer" />
      <LiveIndicator state={liveState} />
    </div>
  );
}

/** No rows: "no match" with a way to clear the filters, or "no users yet" with the create button. */
export function UsersEmpty({ filtered, newButton, onClear }: { filtered: boolean; newButton: ReactNode; onClear: () => void }) {
  return filtered ? (
    <EmptyState title="No users match these filters" icon={<IconSearch />} action={<Button onClick={onClear}>Clear filters</Button>}>
      Try another search or status.
    </EmptyState>
  ) : (
    <EmptyState title="No users yet" icon={<IconUsers />} action={newButton}>
      Users are the people on your network. Give each a data limit and an expiry date; usage shows up here as it is counted.
    </EmptyState>
  );
}
