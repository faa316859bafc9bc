import { notFound } from 'next/navigation';
import { PageError } from '@/components/ui/PageError';
import { serverGqlResult } from '@/lib/graphql/server';
import { VOUCHER_BATCH } from '@/lib/graphql/documents/vouchers';
import { VoucherSheet } from './VoucherSheet';

/** The printable page of one batch (server side), for the admin and the agent routes. */
export async function VoucherPrintPage({ id, backHref }: { id: string; backHref: string }) {
  if (!/^[\w-]{1,64}$/.test(id)) notFound();
  const result = await serverGqlResult(VOUCHER_BATCH, { id });
  if (!result.ok) {
    if (result.code === 'NOT_FOUND') notFound();
    return <PageError title="Vouchers" code={result.code} message={result.message} />;
  }
  if (!result.data.voucherBatch) notFound();
  return <VoucherSheet batch={result.data.voucherBatch} backHref={backHref} />;
}
