import type { NextRequest } from 'next/server';
import { proxyDownload, textResponse } from '@/lib/download';

export const dynamic = 'force-dynamic';

const FILE = /^([A-Za-z0-9_-]{1,64})\.csv$/;

/** A voucher batch as CSV: the API's /api/v1/vouchers/<id>.csv with the session's token (an agent: its own batches). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const m = FILE.exec(file);
  if (!m) return textResponse(404, 'No such voucher file.');
  const id = m[1];
  return proxyDownload(req, {
    upstreamPath: `/api/v1/vouchers/${id}.csv`,
    ext: 'csv',
    filename: `vouchers-${id}.csv`,
    returnTo: '/',
    notFound: 'That voucher batch no longer exists.',
    forbidden: "You don't have access to these vouchers.",
  });
}
