import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { BandwidthView } from '@/components/bandwidth/BandwidthView';
import { PageError } from '@/components/ui/PageError';
import { BANDWIDTH_PAGE } from '@/lib/graphql/documents/bandwidth';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Bandwidth' };

export default async function BandwidthPage({ searchParams }: { searchParams: Promise<{ router?: string }> }) {
  const session = await requireRole(Role.ADMIN);
  const [result, params] = await Promise.all([serverGqlResult(BANDWIDTH_PAGE), searchParams]);
  if (!result.ok) {
    return <PageError title="Bandwidth" code={result.code} message={result.message} />;
  }
  return <BandwidthView isAdmin initial={result.data} initialRouterId={params.router ?? null} live={liveConfig(session)} />;
}
