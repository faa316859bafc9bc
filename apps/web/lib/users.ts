import type { UserStatus } from '@tm/shared';
import type { User, UserFilter } from './graphql/models';

export const USERS_PAGE_SIZE = 25;
export const USER_STATUSES: UserStatus[] = ['ACTIVE', 'DISABLED', 'LIMITED', 'EXPIRED', 'SUSPENDED'];

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** ?q=&status=&agent= → the API's UserFilter (unknown values dropped). */
export function filterFromParams(params: Record<string, string | string[] | undefined>, allowAgent: boolean): UserFilter {
  const filter: UserFilter = {};
  const q = one(params.q)?.trim();
  if (q) filter.search = q.slice(0, 100);
  const status = one(params.status);
  if (status && (USER_STATUSES as string[]).includes(status)) filter.status = status as UserStatus;
  const agent = one(params.agent);
  if (allowAgent && agent && /^[\w-]{1,64}$/.test(agent)) filter.agentId = agent;
  return filter;
}

/**
 * Whether a user belongs in the list under `filter`, for live updates. Mirrors the API's
 * search: part of the username, or the exact token, or the exact MAC address.
 */
export function matchesFilter(user: User, filter: UserFilter): boolean {
  if (filter.status && user.status !== filter.status) return false;
  if (filter.agentId && user.agentId !== filter.agentId) return false;
  if (filter.search) {
    const q = filter.search.trim();
    const mac = q.toUpperCase().replace(/-/g, ':');
    const hit =
      user.username.toLowerCase().includes(q.toLowerCase()) ||
      user.token === q ||
      (user.macAddress !== null && user.macAddress.toUpperCase() === mac);
    if (!hit) return false;
  }
  return true;
}
