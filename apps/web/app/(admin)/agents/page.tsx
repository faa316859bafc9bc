import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { AgentsTable } from '@/components/agents/AgentsTable';
import { PageError } from '@/components/ui/PageError';
import { AGENTS_WITH_TRAFFIC } from '@/lib/graphql/documents/accounts';
import { RESET_SETTINGS } from '@/lib/graphql/documents/resets';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { byAgent } from '@/lib/quota';
import { requireRole } from '@/lib/session';
import { SPEED_PROFILES } from '@/lib/graphql/documents/bandwidth';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage() {
  const session = await requireRole(Role.ADMIN);
  const [result, settings, profiles] = await Promise.all([
    serverGqlResult(AGENTS_WITH_TRAFFIC),
    serverGqlResult(RESET_SETTINGS),
    serverGqlResult(SPEED_PROFILES),
  ]);
  if (!result.ok) {
    return <PageError title="Agents" code={result.code} message={result.message} />;
  }
  return (
    <AgentsTable
      agents={result.data.agents}
      traffic={byAgent(result.data.agentsTraffic)}
      defaultTimeZone={settings.ok ? settings.data.settings.timeZone : null}
      speedProfiles={profiles.ok ? profiles.data.speedProfiles : null}
      live={liveConfig(session)}
    />
  );
}
