import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { ErrorCode, Role } from '@tm/shared';
import { authSecret } from './config';
import { callApi } from './graphql/api-client';
import { LOGIN } from './graphql/documents/accounts';
import { GqlError } from './graphql/errors';

declare module 'next-auth' {
  interface User {
    id: string;
    username: string;
    role: Role;
    accessToken: string;
    accessTokenExpiresAt: string | null;
  }
  interface Session {
    /** The API session token; the browser needs it for graphql-ws. */
    accessToken: string;
    accessTokenExpiresAt: string | null;
    user: { id: string; username: string; role: Role; name?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    accountId?: string;
    username?: string;
    role?: Role;
    accessToken?: string;
    accessTokenExpiresAt?: string | null;
  }
}

/** Session lifetime; the API token usually expires sooner and ends the session with it. */
const SESSION_MAX_AGE = 12 * 60 * 60;

export const INVALID_LOGIN = 'Invalid username or password';

/** Messages from `authorize` reach the login form as `error`; this one is never an API message. */
export function throttleMessage(retryAfterSeconds: number | null): string {
  if (!retryAfterSeconds || retryAfterSeconds <= 0) return 'Too many failed sign-in attempts. Wait a few minutes and try again.';
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return retryAfterSeconds < 90
    ? `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`
    : `Too many failed sign-in attempts. Try again in ${minutes} minutes.`;
}

function retryAfterExtension(err: GqlError): number | null {
  for (const key of ['retryAfterSeconds', 'retryAfter']) {
    const v = err.extensions[key];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.ceil(v);
    if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  }
  return null;
}

/** Seconds to wait, from the error's extensions or its message ("Try again in 840 s."). */
function retryAfterOf(err: GqlError): number | null {
  const m = /(\d+)\s*(s\b|sec|second)/i.exec(err.message);
  return retryAfterExtension(err) ?? (m ? Number(m[1]) : null);
}

/** The API throttles with UNAUTHENTICATED + extensions { reason: 'THROTTLED', retryAfterSeconds }. */
function isThrottled(err: GqlError): boolean {
  return (
    err.extensions.reason === 'THROTTLED' ||
    retryAfterExtension(err) !== null ||
    err.code === 'TOO_MANY_REQUESTS' ||
    (err.code === ErrorCode.UNAUTHENTICATED && /too many|throttl/i.test(err.message))
  );
}

function clientAddress(headers: Record<string, unknown> | undefined): string | undefined {
  const get = (k: string) => {
    const v = headers?.[k];
    return typeof v === 'string' ? v : Array.isArray(v) ? String(v[0]) : undefined;
  };
  return get('x-forwarded-for')?.split(',')[0]?.trim() || get('x-real-ip') || undefined;
}

export const authOptions: NextAuthOptions = {
  // A getter: read at request time, so `next build` needs no secret.
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Traffic Manager',
      credentials: {
        username: { label: 'Username', type: 'text' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const username = credentials?.username?.trim() ?? '';
        const password = credentials?.password ?? '';
        if (!username || !password || username.length > 200 || password.length > 500) return null;
        const address = clientAddress(req?.headers as Record<string, unknown> | undefined);
        try {
          const data = await callApi(
            LOGIN,
            { username, password },
            { headers: address ? { 'x-forwarded-for': address } : {} },
          );
          const { token, expiresAt, account } = data.login;
          return {
            id: String(account.id),
            name: account.username,
            username: account.username,
            role: account.role,
            accessToken: token,
            accessTokenExpiresAt: expiresAt ?? null,
          };
        } catch (err) {
          if (err instanceof GqlError) {
            if (err.code === ErrorCode.UNAVAILABLE) throw new Error(err.message);
            if (isThrottled(err)) throw new Error(throttleMessage(retryAfterOf(err)));
            if (err.code === ErrorCode.UNAUTHENTICATED || err.code === ErrorCode.BAD_USER_INPUT || err.code === ErrorCode.FORBIDDEN) return null;
            throw new Error('Sign-in failed: the API answered with an error. Try again.');
          }
          throw new Error("Can't reach the Traffic Manager API. Try again in a moment.");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.accountId = user.id;
        token.username = user.username;
        token.role = user.role;
        token.accessToken = user.accessToken;
        token.accessTokenExpiresAt = user.accessTokenExpiresAt;
      }
      return token;
    },
    async session({ session, token }) {
      session.accessToken = token.accessToken ?? '';
      session.accessTokenExpiresAt = token.accessTokenExpiresAt ?? null;
      session.user = {
        id: token.accountId ?? '',
        username: token.username ?? '',
        role: token.role ?? Role.AGENT,
        name: token.username ?? null,
      };
      return session;
    },
  },
};
