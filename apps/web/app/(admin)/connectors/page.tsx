import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { ConnectorsView } from '@/components/connectors/ConnectorsView';
import { PageError } from '@/components/ui/PageError';
import { CONNECTORS_PAGE } from '@/lib/graphql/documents/connectors';
import { serverGqlResult } from '@/lib/graphql/server';
import { requireRole } from '@/lib/session';
import './connectors.css';

export const metadata: Metadata = { title: 'Connectors' };

export default async function ConnectorsPage({ searchParams }: { searchParams: Promise<{ connector?: string }> }) {
  await requireRole(Role.ADMIN);
  const [result, params] = await Promise.all([serverGqlResult(CONNECTORS_PAGE), searchParams]);
  if (!result.ok) {
    return <PageError title="Connectors" code={result.code} message={result.message} />;
  }
  return <ConnectorsView initial={result.data.connectors} agents={result.data.agents} initialConnectorId={params.connector ?? null} />;
}
