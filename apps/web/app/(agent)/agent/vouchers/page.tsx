import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { VouchersView } from '@/components/vouchers/VouchersView';
import { PageError } from '@/components/ui/PageError';
import { serverGqlResult } from '@/lib/graphql/server';
import { VOUCHERS_PAGE } from '@/lib/graphql/documents/vouchers';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Vouchers' };

/** The agent's vouchers: its own batches, drawn from its own traffic. */
export default async function AgentVouchersPage() {
  const session = await requireRole(Role.AGENT);
  const result = await serverGqlResult(VOUCHERS_PAGE);
  if (!result.ok) return <PageError title="Vouchers" code={result.code} message={result.message} />;
  return <VouchersView isAdmin={false} initial={result.data} ownAgentId={session.user.id} live={liveConfig(session)} />;
}
