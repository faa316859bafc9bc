import { Role } from '@tm/shared';

/** Where each role lands, and which URL prefixes belong to which role (used by proxy.ts and layouts). */
export const ADMIN_HOME = '/dashboard';
export const AGENT_HOME = '/agent';

export const ADMIN_PREFIXES = ['/dashboard', '/agents', '/users', '/traffic', '/servers', '/connectors', '/bandwidth', '/vouchers', '/resets', '/alerts', '/system'] as const;
export const AGENT_PREFIXES = ['/agent'] as const;

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function areaOf(pathname: string): Role | null {
  if (ADMIN_PREFIXES.some((p) => under(pathname, p))) return Role.ADMIN;
  if (AGENT_PREFIXES.some((p) => under(pathname, p))) return Role.AGENT;
  return null;
}

export function homeFor(role: Role | string | undefined): string {
  return role === Role.ADMIN ? ADMIN_HOME : AGENT_HOME;
}

/** A session is usable while it holds an API token that has not expired. */
export function isSessionUsable(accessToken: string | undefined | null, expiresAt: string | null | undefined, now = Date.now()): boolean {
  if (!accessToken) return false;
  if (!expiresAt) return true;
  const t = Date.parse(expiresAt);
  return Number.isNaN(t) || t > now;
}

/** Only same-site relative paths are followed after sign-in. */
export function safeCallbackUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/login') || value.startsWith('/api/')) return null;
  return value;
}
