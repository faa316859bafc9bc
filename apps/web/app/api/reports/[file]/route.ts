import { NextResponse, type NextRequest } from 'next/server';
import { webConfig } from '@/lib/config';
import { getAppSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

const FILE = /^([A-Za-z0-9_-]{1,64})\.(csv|json)$/;
const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

function text(status: number, message: string) {
  return new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * A traffic report as a file download. The API's /api/v1/reports/<id>.csv|.json needs
 * `Authorization: Bearer`, which a link can't send: the portal adds the session's API token here
 * and streams the file back as an attachment.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const m = FILE.exec(file);
  if (!m) return text(404, 'No such report file.');
  const [, id, ext] = m as unknown as [string, string, keyof typeof TYPES];

  const session = await getAppSession();
  if (!session) return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent('/resets')}`, req.url));

  let upstream: Response;
  try {
    upstream = await fetch(`${webConfig().apiUrl}/api/v1/reports/${id}.${ext}`, {
      headers: { authorization: `Bearer ${session.accessToken}`, accept: TYPES[ext] },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    return text(502, "Can't reach the Traffic Manager API. Try again in a moment.");
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL('/auth/expired', req.url));
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 || upstream.status === 404 ? upstream.status : 502;
    return text(status, status === 404 ? 'That report no longer exists.' : status === 403 ? "You don't have access to this report." : `The API answered ${upstream.status}.`);
  }

  const given = upstream.headers.get('content-disposition');
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? TYPES[ext],
      'content-disposition': given && /^attachment/i.test(given) ? given : `attachment; filename="traffic-report-${id}.${ext}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
