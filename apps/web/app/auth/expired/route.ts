import { NextResponse, type NextRequest } from 'next/server';

export const dynamic = 'force-dynamic';

/**
 * The API stopped accepting the session's token (expired, account disabled, secret rotated):
 * drop the portal session cookie and go to the sign-in page.
 */
export function GET(req: NextRequest) {
  const res = NextResponse.redirect(new URL('/login?reason=expired', req.url));
  for (const cookie of req.cookies.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(cookie.name)) {
      res.cookies.set(cookie.name, '', { path: '/', maxAge: 0, secure: cookie.name.startsWith('__Secure-'), httpOnly: true, sameSite: 'lax' });
    }
  }
  return res;
}
