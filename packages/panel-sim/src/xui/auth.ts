/**
 * 3x-ui's sign-in machinery: the `3x-ui` session cookie (gin-contrib/sessions cookie store, Path = base
 * path, HttpOnly, SameSite=Lax, Max-Age = sessionMaxAge minutes), v3's CSRF token kept in that session
 * (web/session/csrf.go: header X-CSRF-Token or form field _csrf), v3's Bearer API tokens, the TOTP
 * second factor (gotp defaults: SHA1, 6 digits, 30 s, current code only) and v3's login limiter
 * (web/controller/login_limiter.go: 5 failures in 5 minutes block the username for 15 minutes).
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { SimRequest } from '../http-sim';

export const COOKIE = '3x-ui';

export interface SessionData {
  csrf?: string;
  loggedIn?: boolean;
}

/**
 * A cookie store: every save issues a new cookie value holding a snapshot of the session, and an older
 * value keeps decoding to its older snapshot. Expiring sessions (Max-Age passed, secret changed) makes
 * every value issued so far decode to an empty session.
 */
export class SessionStore {
  private readonly values = new Map<string, SessionData>();

  constructor(
    private readonly cookiePath: string,
    private readonly maxAgeSeconds = 360 * 60,
  ) {}

  read(req: SimRequest): SessionData {
    return { ...(this.values.get(req.cookies[COOKIE] ?? '') ?? {}) };
  }

  /** Persists the session and returns its Set-Cookie header. */
  save(data: SessionData): string {
    const value = randomBytes(24).toString('base64url');
    this.values.set(value, { ...data });
    const expires = new Date(Date.now() + this.maxAgeSeconds * 1000).toUTCString();
    return `${COOKIE}=${value}; Path=${this.cookiePath}; Expires=${expires}; Max-Age=${this.maxAgeSeconds}; HttpOnly; SameSite=Lax`;
  }

  /** ClearSession: an empty session with Max-Age -1. */
  clear(): string {
    return `${COOKIE}=; Path=${this.cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax`;
  }

  expireAll(): void {
    this.values.clear();
  }

  /** Every session that carries a CSRF token gets another one: the token a client holds is stale. */
  rotateCsrfTokens(): void {
    for (const data of this.values.values()) if (data.csrf) data.csrf = newCsrfToken();
  }
}

export const newCsrfToken = (): string => randomBytes(32).toString('base64url');

/** ValidateCSRFToken: the session's token, sent in X-CSRF-Token (or the _csrf form field). */
export function csrfValid(req: SimRequest, session: SessionData): boolean {
  const sent = (req.headers['x-csrf-token'] as string | undefined) || (typeof req.body._csrf === 'string' ? req.body._csrf : '');
  return !!session.csrf && sent === session.csrf;
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(req: SimRequest): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}

export function totpMatches(secret: string, code: string): boolean {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return code !== '' && totp.validate({ token: code, window: 0 }) === 0;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 5 * 60_000,
    private readonly cooldownMs = 15 * 60_000,
  ) {}

  allowed(username: string, now = Date.now()): boolean {
    return (this.blockedUntil.get(username) ?? 0) <= now;
  }

  registerFailure(username: string, now = Date.now()): void {
    const recent = (this.failures.get(username) ?? []).filter((t) => t > now - this.windowMs);
    recent.push(now);
    if (recent.length >= this.maxFailures) {
      this.failures.delete(username);
      this.blockedUntil.set(username, now + this.cooldownMs);
    } else {
      this.failures.set(username, recent);
    }
  }

  registerSuccess(username: string): void {
    this.failures.delete(username);
  }
}
