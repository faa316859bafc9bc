import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { ServersView } from '@/components/servers/ServersView';
import { PageError } from '@/components/ui/PageError';
import { webConfig } from '@/lib/config';
import { SERVERS } from '@/lib/graphql/documents/traffic';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Servers' };

export default async function ServersPage() {
  const session = await requireRole(Role.ADMIN);
  const result = await serverGqlResult(SERVERS);
  if (!result.ok) {
    return <PageError title="Servers" code={result.code} message={result.message} />;
  }
  return <ServersView initial={result.data.servers} live={liveConfig(session)} publicApiUrl={webConfig().publicApiUrl} />;
}
