import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { VoucherPrintPage } from '@/components/vouchers/VoucherPrintPage';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Print vouchers' };

export default async function AgentVoucherPrint({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(Role.AGENT);
  const { id } = await params;
  return <VoucherPrintPage id={id} backHref="/agent/vouchers" />;
}
