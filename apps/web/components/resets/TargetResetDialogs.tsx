'use client';

import { formatBytes } from '@tm/shared';
import { formatLimit } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { DELETE_DEPLETED_USERS, RESET_AGENT_USAGE, RESET_SERVER_TRAFFIC, RESET_USER_TRAFFIC } from '@/lib/graphql/documents/resets';
import type { AgentTraffic, ResetEvent, Server, User } from '@/lib/graphql/models';
import { ResetDialog } from './ResetDialog';

/**
 * The confirmations before resetting one user, one server, one agent, or deleting depleted users:
 * each says what will be cleared (this period's figures) and runs its mutation.
 */
type Common = { onClose: () => void; onDone: (event: ResetEvent) => void };

export function UserResetDialog({ user, isAdmin, onClose, onDone }: Common & { user: User; isAdmin: boolean }) {
  return (
    <ResetDialog
      title={`Reset ${user.username}'s usage?`}
      confirmLabel="Reset usage"
      onClose={onClose}
      run={async (reason) => (await gql(RESET_USER_TRAFFIC, { userId: user.id, reason })).resetUserTraffic}
      onDone={onDone}
    >
      <p>
        <strong>{formatBytes(user.used)}</strong> used this period goes back to 0, on every server.
        {user.status === 'LIMITED' ? ' The user reached its data limit and becomes active again.' : ''}
      </p>
      <p style={{ marginTop: 8 }}>
        Lifetime usage ({formatBytes(user.lifetime)}) stays, and {isAdmin ? "the agent's" : 'your'} charged usage is not lowered. The values before the
        reset are kept in the audit log.
      </p>
    </ResetDialog>
  );
}

export function ServerResetDialog({ server, onClose, onDone }: Common & { server: Server }) {
  return (
    <ResetDialog
      title={`Reset usage on ${server.name}?`}
      confirmLabel="Reset server"
      onClose={onClose}
      run={async (reason) => (await gql(RESET_SERVER_TRAFFIC, { serverId: server.id, reason })).resetServerTraffic}
      onDone={onDone}
    >
      <p>
        <strong>{formatBytes(BigInt(server.up) + BigInt(server.down))}</strong> counted on this server this period goes back to 0 (↓{' '}
        {formatBytes(server.down)} · ↑ {formatBytes(server.up)}), and each user loses what it moved here from its period usage.
      </p>
      <p style={{ marginTop: 8 }}>Lifetime totals and agents&apos; charged usage stay. The values before the reset are kept in the audit log.</p>
    </ResetDialog>
  );
}

/** Deletes users past their data limit or expiry: of one server, or everywhere (`server` null). */
export function DepletedUsersDialog({ server, onClose, onDone }: Common & { server: Pick<Server, 'id' | 'name'> | null }) {
  return (
    <ResetDialog
      title={server ? `Delete depleted users on ${server.name}?` : 'Delete depleted users everywhere?'}
      confirmLabel="Delete depleted users"
      withReason={false}
      onClose={onClose}
      run={async () => (await gql(DELETE_DEPLETED_USERS, { serverId: server?.id ?? null })).deleteDepletedUsers}
      onDone={onDone}
    >
      {server ? 'Users of this server' : 'Users of every agent'} that reached their data limit or expired are deleted. Their traffic stays counted in
      their agent&apos;s usage and the lifetime totals, and the deleted users are listed in the audit log. This can&apos;t be undone.
    </ResetDialog>
  );
}

export function AgentResetDialog({ agent, traffic, onClose, onDone }: Common & { agent: { id: string; username: string }; traffic: AgentTraffic | undefined }) {
  return (
    <ResetDialog
      title={`Reset ${agent.username}'s charged usage?`}
      confirmLabel="Reset agent"
      onClose={onClose}
      run={async (reason) => (await gql(RESET_AGENT_USAGE, { agentId: agent.id, reason })).resetAgentUsage}
      onDone={onDone}
    >
      {traffic ? (
        <p>
          <strong>{formatBytes(traffic.charged)}</strong> charged this period goes back to 0{traffic.limit ? ` (of its ${formatLimit(traffic.limit)} limit)` : ''}.
          {traffic.suspendedUsers > 0 ? ` Its ${traffic.suspendedUsers} users suspended by the limit are resumed.` : ''}
        </p>
      ) : (
        <p>The agent&apos;s charged usage goes back to 0.</p>
      )}
      <p style={{ marginTop: 8 }}>Its users&apos; own usage and every lifetime total stay. The value before the reset is kept in the audit log.</p>
    </ResetDialog>
  );
}
