import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { UsersView } from '@/components/users/UsersView';
import { PageError } from '@/components/ui/PageError';
import { CAN_RESET_USERS, USERS } from '@/lib/graphql/documents';
import { MY_CHOICE } from '@/lib/graphql/over-limit-documents';
import { SPEED_PROFILES } from '@/lib/graphql/bandwidth-documents';
import type { SpeedProfile } from '@/lib/graphql/bandwidth-types';
import { serverGqlResult } from '@/lib/graphql/server';
import type { AgentChoice, UserConnection } from '@/lib/graphql/types';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import { filterFromParams, USERS_PAGE_SIZE, type SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'My users' };

export default async function AgentUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.AGENT);
  const filter = filterFromParams(await searchParams, false);
  const [users, canReset, me, profiles] = await Promise.all([
    serverGqlResult<{ users: UserConnection }>(USERS, { filter, first: USERS_PAGE_SIZE }),
    // Settings allow agents to reset their users' traffic (or not); unknown = not offered.
    serverGqlResult<{ canResetUsers: boolean }>(CAN_RESET_USERS),
    serverGqlResult<{ me: AgentChoice }>(MY_CHOICE),
    serverGqlResult<{ speedProfiles: SpeedProfile[] }>(SPEED_PROFILES),
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
