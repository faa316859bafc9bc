import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { Role } from '@tm/shared';
import { areaOf, homeFor, isSessionUsable } from './lib/areas';
import { authSecret } from './lib/config';

/**
 * First line of role protection (the route-group layouts and every page check again):
 * no usable session → /login; an agent on an admin URL → 403; an admin on an agent URL → admin home.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/login' || pathname === '/forbidden' || pathname.startsWith('/auth/')) return NextResponse.next();

  const token = await getToken({ req: request, secret: authSecret() });
  const signedIn = !!token && isSessionUsable(token.accessToken, token.accessTokenExpiresAt);
  if (!signedIn) {
    const login = new URL('/login', request.url);
    if (pathname !== '/') login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const area = areaOf(pathname);
  if (area === Role.ADMIN && token.role !== Role.ADMIN) {
    return NextResponse.rewrite(new URL('/forbidden', request.url), { status: 403 });
  }
  if (area === Role.AGENT && token.role !== Role.AGENT) {
    return NextResponse.redirect(new URL(homeFor(token.role), request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Everything except Next internals, the auth and GraphQL route handlers, and static files.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js|txt)$).*)'],
};
