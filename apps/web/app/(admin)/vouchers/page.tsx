import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { VouchersView } from '@/components/vouchers/VouchersView';
import { PageError } from '@/components/ui/PageError';
import { AGENT_OPTIONS } from '@/lib/graphql/documents/accounts';
import { serverGqlResult } from '@/lib/graphql/server';
import { VOUCHERS_PAGE } from '@/lib/graphql/documents/vouchers';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Vouchers' };

export default async function VouchersPage() {
  const session = await requireRole(Role.ADMIN);
  const [result, agents] = await Promise.all([
    serverGqlResult(VOUCHERS_PAGE),
    serverGqlResult(AGENT_OPTIONS),
  ]);
  if (!result.ok) return <PageError title="Vouchers" code={result.code} message={result.message} />;
  return <VouchersView isAdmin initial={result.data} agents={agents.ok ? agents.data.agents : []} live={liveConfig(session)} />;
}
