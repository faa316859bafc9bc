import { NextResponse, type NextRequest } from 'next/server';
import { ErrorCode } from '@tm/shared';
import { webConfig } from '@/lib/config';
import { getAppSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;

function gqlError(status: number, code: string, message: string) {
  return NextResponse.json({ errors: [{ message, extensions: { code } }] }, { status });
}

/** Same-origin only: the session cookie must not be usable from another site. */
function sameOrigin(req: NextRequest): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.headers.get('origin');
  if (!origin) return true; // non-browser clients without cookies from a page
  try {
    return new URL(origin).host === (req.headers.get('x-forwarded-host') ?? req.headers.get('host'));
  } catch {
    return false;
  }
}

/**
 * The browser's way to the API: forwards a GraphQL request with the session's API token,
 * so client components never call the API with credentials of their own.
 */
export async function POST(req: NextRequest) {
  if (!sameOrigin(req)) return gqlError(403, ErrorCode.FORBIDDEN, 'Cross-site request refused');
  if (!req.headers.get('content-type')?.includes('application/json')) {
    return gqlError(415, ErrorCode.BAD_USER_INPUT, 'Send application/json');
  }
  const session = await getAppSession();
  if (!session) return gqlError(401, ErrorCode.UNAUTHENTICATED, 'Your session has ended. Sign in again.');

  const body = await req.text();
  if (body.length > MAX_BODY) return gqlError(413, ErrorCode.BAD_USER_INPUT, 'Request too large');

  let upstream: Response;
  try {
    upstream = await fetch(webConfig().graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${session.accessToken}`,
      },
      body,
      cache: 'no-store',
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return gqlError(502, ErrorCode.UNAVAILABLE, "Can't reach the Traffic Manager API. Try again in a moment.");
  }
  const text = await upstream.text();
  return new NextResponse(text, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
  });
}
