import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { UsersView } from '@/components/users/UsersView';
import { PageError } from '@/components/ui/PageError';
import { CAN_RESET_USERS, USERS } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { UserConnection } from '@/lib/graphql/types';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import { filterFromParams, USERS_PAGE_SIZE, type SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'My users' };

export default async function AgentUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.AGENT);
  const filter = filterFromParams(await searchParams, false);
  const [users, canReset] = await Promise.all([
    serverGqlResult<{ users: UserConnection }>(USERS, { filter, first: USERS_PAGE_SIZE }),
    // Settings allow agents to reset their users' traffic (or not); unknown = not offered.
    serverGqlResult<{ canResetUsers: boolean }>(CAN_RESET_USERS),
  ]);
  if (!users.ok) {
    return <PageError title="My users" code={users.code} message={users.message} />;
  }
  return (
    <UsersView
      isAdmin={false}
      title="My users"
      subtitle="Create users, set their data limits and expiry, and watch their usage."
      filter={filter}
      initial={users.data.users}
      ownAgentId={session.user.id}
      canReset={canReset.ok && canReset.data.canResetUsers}
      live={liveConfig(session)}
    />
  );
}
