/**
 * The panels' user JSON read into PanelUsage. Both send used_traffic (bytes since the last reset) and
 * lifetime_used_traffic (used_traffic plus every reset's leftover); they differ in expire: Marzban unix
 * seconds, PasarGuard an ISO datetime. data_limit 0 or null is unlimited.
 */
import { PanelError, type PanelUsage } from './panel-client';
import { toBytes } from './marzban.transport';

export interface UsersPage {
  users: Record<string, unknown>[];
  total: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** GET /api/users → {users: [...], total}. */
export function readUsersPage(body: unknown): UsersPage {
  if (!isObject(body) || !Array.isArray(body.users) || !body.users.every(isObject)) {
    throw new PanelError('PROTOCOL', 'GET /api/users did not answer {users: [...], total}');
  }
  const total = toBytes(body.total);
  return { users: body.users, total: total === null ? body.users.length : Number(total) };
}

/** A user object answered by GET/PUT/POST /api/user/{username}. */
export function readUser(body: unknown, what: string): Record<string, unknown> & { username: string; status: string } {
  if (!isObject(body) || typeof body.username !== 'string' || typeof body.status !== 'string') {
    throw new PanelError('PROTOCOL', `${what} did not answer a Marzban/PasarGuard user`);
  }
  return body as Record<string, unknown> & { username: string; status: string };
}

function readExpire(value: unknown): Date | null {
  if (typeof value === 'number') return value > 0 ? new Date(value * 1000) : null;
  if (typeof value === 'string' && value !== '') {
    if (/^\d+$/.test(value)) return new Date(Number(value) * 1000);
    // A datetime without a zone is UTC in both panels.
    const date = new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

export const isEnabledStatus = (status: string): boolean => status === 'active' || status === 'on_hold';

export function toUsage(raw: Record<string, unknown>): PanelUsage {
  const user = readUser(raw, 'GET /api/users');
  const used = toBytes(user.used_traffic);
  if (used === null) throw new PanelError('PROTOCOL', `user "${user.username}" has no used_traffic`);
  const lifetime = toBytes(user.lifetime_used_traffic);
  const limit = toBytes(user.data_limit);
  return {
    key: user.username,
    inbound: '',
    inboundName: '',
    protocol: '',
    up: 0n,
    down: lifetime ?? used,
    lifetime: lifetime !== null,
    used,
    enabled: isEnabledStatus(user.status),
    status: user.status,
    dataLimit: limit === null || limit === 0n ? null : limit,
    expiresAt: readExpire(user.expire),
  };
}
