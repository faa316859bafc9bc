import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { UsersView } from '@/components/users/UsersView';
import { PageError } from '@/components/ui/PageError';
import { AGENT_OPTIONS, RESET_SETTINGS, USERS } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { Settings, UserConnection } from '@/lib/graphql/types';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import { filterFromParams, USERS_PAGE_SIZE, type SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.ADMIN);
  const filter = filterFromParams(await searchParams, true);
  const [users, agents, settings] = await Promise.all([
    serverGqlResult<{ users: UserConnection }>(USERS, { filter, first: USERS_PAGE_SIZE }),
    serverGqlResult<{ agents: { id: string; username: string; status: string }[] }>(AGENT_OPTIONS),
    serverGqlResult<{ settings: Pick<Settings, 'agentsCanResetUsers' | 'timeZone'> }>(RESET_SETTINGS),
  ]);
  if (!users.ok) {
    return <PageError title="Users" code={users.code} message={users.message} />;
  }
  return (
    <UsersView
      isAdmin
      title="Users"
      subtitle="Every user of every agent. Filter by owner, status or name."
      filter={filter}
      initial={users.data.users}
      agents={agents.ok ? agents.data.agents : []}
      canReset
      defaultTimeZone={settings.ok ? settings.data.settings.timeZone : null}
      live={liveConfig(session)}
    />
  );
}
