import { cache } from 'react';
import { getServerSession, type Session } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Role } from '@tm/shared';
import { authOptions } from './auth';
import { isSessionUsable } from './areas';

/** The signed-in session for this request, or null (also when its API token has expired). */
export const getAppSession = cache(async (): Promise<Session | null> => {
  await headers(); // per request, never prerendered (and the auth secret is read at request time)
  const session = await getServerSession(authOptions);
  if (!session || !isSessionUsable(session.accessToken, session.accessTokenExpiresAt)) return null;
  return session;
});

export async function requireSession(): Promise<Session> {
  const session = await getAppSession();
  if (!session) redirect('/login');
  return session;
}

/** For pages: the session if its role matches, otherwise the 403 page. */
export async function requireRole(role: Role): Promise<Session> {
  const session = await requireSession();
  if (session.user.role !== role) redirect('/forbidden');
  return session;
}
