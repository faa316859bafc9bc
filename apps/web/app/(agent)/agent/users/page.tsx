import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { UsersView } from '@/components/users/UsersView';
import { PageError } from '@/components/ui/PageError';
import { CAN_RESET_USERS } from '@/lib/graphql/documents/resets';
import { USERS } from '@/lib/graphql/documents/users';
import { MY_CHOICE } from '@/lib/graphql/documents/accounts';
import { SPEED_PROFILES } from '@/lib/graphql/documents/bandwidth';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import { filterFromParams, USERS_PAGE_SIZE, type SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'My users' };

export default async function AgentUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.AGENT);
  const filter = filterFromParams(await searchParams, false);
  const [users, canReset, me, profiles] = await Promise.all([
    serverGqlResult(USERS, { filter, first: USERS_PAGE_SIZE }),
    // Settings allow agents to reset their users' traffic (or not); unknown = not offered.
    serverGqlResult(CAN_RESET_USERS),
    serverGqlResult(MY_CHOICE),
    serverGqlResult(SPEED_PROFILES),
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
      agentChoices={me.ok ? { [me.data.me.id]: me.data.me } : {}}
      speedProfiles={profiles.ok ? profiles.data.speedProfiles : null}
      live={liveConfig(session)}
    />
  );
}
