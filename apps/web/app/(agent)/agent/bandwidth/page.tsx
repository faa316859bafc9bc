import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { BandwidthView } from '@/components/bandwidth/BandwidthView';
import { PageError } from '@/components/ui/PageError';
import { AGENT_BANDWIDTH_PAGE } from '@/lib/graphql/documents/bandwidth';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Bandwidth' };

/** The agent's view: its own users online on each router, and their speed limits (no router or profile management). */
export default async function AgentBandwidthPage({ searchParams }: { searchParams: Promise<{ router?: string }> }) {
  const session = await requireRole(Role.AGENT);
  const [result, params] = await Promise.all([serverGqlResult(AGENT_BANDWIDTH_PAGE), searchParams]);
  if (!result.ok) {
    return <PageError title="Bandwidth" code={result.code} message={result.message} />;
  }
  return <BandwidthView isAdmin={false} initial={result.data} initialRouterId={params.router ?? null} live={liveConfig(session)} />;
}
