import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { AgentsTable } from '@/components/agents/AgentsTable';
import { PageError } from '@/components/ui/PageError';
import { fetchAgentTraffic } from '@/lib/agent-traffic';
import { AGENTS } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { Account } from '@/lib/graphql/types';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage() {
  await requireRole(Role.ADMIN);
  const result = await serverGqlResult<{ agents: Account[] }>(AGENTS);
  if (!result.ok) {
    return <PageError title="Agents" code={result.code} message={result.message} />;
  }
  const agents = result.data.agents;
  const traffic = await fetchAgentTraffic(agents.map((a) => a.id));
  return <AgentsTable agents={agents} traffic={traffic} />;
}
