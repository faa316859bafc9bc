import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { UsersView } from '@/components/users/UsersView';
import { PageError } from '@/components/ui/PageError';
import { RESET_SETTINGS } from '@/lib/graphql/documents/resets';
import { USERS } from '@/lib/graphql/documents/users';
import { AGENT_CHOICES } from '@/lib/graphql/documents/accounts';
import { SPEED_PROFILES } from '@/lib/graphql/documents/bandwidth';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import { filterFromParams, USERS_PAGE_SIZE, type SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.ADMIN);
  const filter = filterFromParams(await searchParams, true);
  const [users, agents, settings, profiles] = await Promise.all([
    serverGqlResult(USERS, { filter, first: USERS_PAGE_SIZE }),
    serverGqlResult(AGENT_CHOICES),
    serverGqlResult(RESET_SETTINGS),
    serverGqlResult(SPEED_PROFILES),
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
      agentChoices={agents.ok ? Object.fromEntries(agents.data.agents.map((a) => [a.id, a])) : {}}
      speedProfiles={profiles.ok ? profiles.data.speedProfiles : null}
      live={liveConfig(session)}
    />
  );
}
