'use client';

import { Badge, UserStatusBadge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { UsageBar } from '@/components/ui/UsageBar';
import { When, ZonedWhen } from '@/components/ui/When';
import { cycleText } from '@/lib/resets';
import { formatDate, isPast } from '@/lib/format';
import type { AgentChoice, User } from '@/lib/graphql/models';
import { UserPanelBadges } from '@/components/connectors/UserPanels';
import type { PanelUser } from '@/components/connectors/types';
import { agentChoice, describeChoice, lowerFirst, throttleSpeed, userChoice, type ProfileIndex } from '@/lib/over-limit';

export function UsersTable({
  users,
  showOwner,
  flash,
  onEdit,
  onDelete,
  onTraffic,
  onReset,
  agentChoices = {},
  profiles = {},
  panels,
}: {
  users: User[];
  /** Admins: the panels (connectors) each user lives in, by user id, with whether each lets it in. */
  panels?: Record<string, PanelUser[]>;
  showOwner: boolean;
  /** Each agent's over-limit choice ("as agent"), and the speed profiles by id, for the throttle badges. */
  agentChoices?: Record<string, AgentChoice>;
  profiles?: ProfileIndex;
  flash: Record<string, number>;
  onEdit: (u: User) => void;
  onDelete: (u: User) => void;
  onTraffic: (u: User) => void;
  /** Absent: the caller may not reset users. */
  onReset?: (u: User) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table dense" data-testid="users-table">
        <thead>
          <tr>
            <th>User</th>
            {showOwner && <th>Owner</th>}
            <th>Status</th>
            <th>Data used</th>
            <th>Expires</th>
            <th className="actions">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            // The key changes on every live update so the row flashes.
            <tr key={`${u.id}:${flash[u.id] ?? 0}`} className={flash[u.id] ? 'flash' : undefined} data-testid={`user-row-${u.username}`}>
              <td>
                <div className="primary-cell" title={`Created ${formatDate(u.createdAt)}`} suppressHydrationWarning>
                  {u.username}
                </div>
                <div className="token" title="Token">
                  {u.token.length > 18 ? `${u.token.slice(0, 18)}…` : u.token}
                </div>
                {u.macAddress && (
                  <div className="token" title="MAC address" data-testid="user-mac">
                    MAC {u.macAddress}
                  </div>
                )}
              </td>
              {showOwner && <td className="nowrap">{u.agentId ? (u.agentUsername ?? `#${u.agentId}`) : <Badge tone="gray" plain>Admin</Badge>}</td>}
              <td>
                <UserStatus user={u} agentChoices={agentChoices} profiles={profiles} />
                <UserPanelBadges panels={panels?.[u.id]} />
              </td>
              <td data-testid="user-usage">
                <UsageBar used={u.used} limit={u.dataLimit} label={`${u.username} data used`} />
                {u.resetStrategy && u.resetStrategy !== 'NONE' && u.nextResetAt && (
                  <div className="sub nowrap" style={{ marginTop: 3 }} data-testid="user-next-reset" title={`${cycleText(u.resetStrategy, u.billingDay)}, at midnight ${u.timeZone} time`}>
                    Resets <ZonedWhen iso={u.nextResetAt} zone={u.timeZone} />
                  </div>
                )}
              </td>
              <td className="nowrap" data-testid="user-expiry">
                {u.expiresAt ? (
                  <span style={isPast(u.expiresAt) ? { color: 'var(--red)', fontWeight: 600 } : undefined}>
                    <When iso={u.expiresAt} />
                  </span>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
              <td className="actions">
                <Button size="sm" variant="ghost" onClick={() => onTraffic(u)} aria-label={`Traffic of ${u.username}`}>
                  Traffic
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onEdit(u)} aria-label={`Edit ${u.username}`}>
                  Edit
                </Button>
                {onReset && (
                  <Button size="sm" variant="ghost" onClick={() => onReset(u)} aria-label={`Reset usage of ${u.username}`}>
                    Reset
                  </Button>
                )}
                <Button size="sm" variant="ghost" className="danger-text" onClick={() => onDelete(u)} aria-label={`Delete ${u.username}`}>
                  Delete
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The status badge ("Throttled" with its speed when slowed down instead of cut off), else what it gets over its data limit. */
function UserStatus({ user: u, agentChoices, profiles }: { user: User; agentChoices: Record<string, AgentChoice>; profiles: ProfileIndex }) {
  const speed = u.throttled ? throttleSpeed(u, agentChoices, profiles) : null;
  const own = userChoice(u);
  const inherited = agentChoice(u.agentId ? agentChoices[u.agentId] : null) ?? (u.agentId ? null : { action: 'SUSPEND' as const, throttleProfileId: null });
  const choice = own ?? inherited;
  const d = choice ? describeChoice(choice, profiles) : null;
  return (
    <>
      <UserStatusBadge status={u.status} throttled={u.throttled} speed={speed} />
      {u.throttled ? (
        <div className="sub" data-testid="user-throttle">
          <span className="nowrap">{speed ?? 'at the throttle speed'}</span> · {u.status === 'SUSPENDED' ? 'agent over its limit' : 'over its data limit'}
        </div>
      ) : d ? (
        <div className="sub over-limit-line" title={own ? d.hint : `Set on its agent. ${d.hint}`} data-testid="user-over-limit" data-action={choice?.action}>
          {own ? d.label : `As agent: ${lowerFirst(d.label)}`}
        </div>
      ) : null}
    </>
  );
}
