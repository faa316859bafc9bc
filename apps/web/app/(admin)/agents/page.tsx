import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { AgentsTable } from '@/components/agents/AgentsTable';
import { PageError } from '@/components/ui/PageError';
import { AGENTS_WITH_TRAFFIC } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { Account, AgentTraffic } from '@/lib/graphql/types';
import { liveConfig } from '@/lib/live';
import { byAgent } from '@/lib/quota';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage() {
  const session = await requireRole(Role.ADMIN);
  const result = await serverGqlResult<{ agents: Account[]; agentsTraffic: AgentTraffic[] }>(AGENTS_WITH_TRAFFIC);
  if (!result.ok) {
    return <PageError title="Agents" code={result.code} message={result.message} />;
  }
  return <AgentsTable agents={result.data.agents} traffic={byAgent(result.data.agentsTraffic)} live={liveConfig(session)} />;
}
