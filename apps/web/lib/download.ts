import { NextResponse, type NextRequest } from 'next/server';
import { webConfig } from './config';
import { getAppSession } from './session';

export const FILE_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
export type FileExt = keyof typeof FILE_TYPES;

export function textResponse(status: number, message: string) {
  return new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * A file from the API's REST side as a download. The API's /api/v1/… needs `Authorization: Bearer`,
 * which a link can't send: the portal adds the session's API token here and streams the file back
 * as an attachment.
 */
export async function proxyDownload(
  req: NextRequest,
  opts: {
    /** e.g. /api/v1/reports/12.csv */
    upstreamPath: string;
    ext: FileExt;
    /** The attachment's name when the API gives none. */
    filename: string;
    /** Where to come back after signing in. */
    returnTo: string;
    /** "That report no longer exists." */
    notFound: string;
    /** "You don't have access to this report." */
    forbidden: string;
  },
): Promise<NextResponse> {
  const session = await getAppSession();
  if (!session) return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(opts.returnTo)}`, req.url));

  let upstream: Response;
  try {
    upstream = await fetch(`${webConfig().apiUrl}${opts.upstreamPath}`, {
      headers: { authorization: `Bearer ${session.accessToken}`, accept: FILE_TYPES[opts.ext] },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    return textResponse(502, "Can't reach the Traffic Manager API. Try again in a moment.");
  }
  if (upstream.status === 401) return NextResponse.redirect(new URL('/auth/expired', req.url));
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 || upstream.status === 404 ? upstream.status : 502;
    return textResponse(status, status === 404 ? opts.notFound : status === 403 ? opts.forbidden : `The API answered ${upstream.status}.`);
  }

  const given = upstream.headers.get('content-disposition');
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? FILE_TYPES[opts.ext],
      'content-disposition': given && /^attachment/i.test(given) ? given : `attachment; filename="${opts.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
