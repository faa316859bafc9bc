import type { NextRequest } from 'next/server';
import { proxyDownload, textResponse, type FileExt } from '@/lib/download';

export const dynamic = 'force-dynamic';

const FILE = /^([A-Za-z0-9_-]{1,64})\.(csv|json)$/;

/** A traffic report as a file download: the API's /api/v1/reports/<id>.csv|.json with the session's token. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const m = FILE.exec(file);
  if (!m) return textResponse(404, 'No such report file.');
  const [, id, ext] = m as unknown as [string, string, FileExt];
  return proxyDownload(req, {
    upstreamPath: `/api/v1/reports/${id}.${ext}`,
    ext,
    filename: `traffic-report-${id}.${ext}`,
    returnTo: '/resets',
    notFound: 'That report no longer exists.',
    forbidden: "You don't have access to this report.",
  });
}
