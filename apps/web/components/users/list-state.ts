import type { User, UserChange, UserConnection, UserFilter, UserStatusChange } from '@/lib/graphql/models';
import { matchesFilter } from '@/lib/users';

/** The users list as the page holds it, and the pure updates live events make to it. */
export interface ListState {
  nodes: User[];
  totalCount: number;
  pageInfo: UserConnection['pageInfo'];
}

export const fromConnection = (c: UserConnection): ListState => ({ nodes: c.nodes, totalCount: c.totalCount, pageInfo: c.pageInfo });

/** Pure: the list after enforcement changed statuses (rows that no longer fit the filter leave it). */
export function applyStatusChanges(prev: ListState, changes: UserStatusChange[], filter: UserFilter): ListState {
  const to = new Map(changes.map((c) => [c.userId, c.to]));
  let removed = 0;
  const nodes = prev.nodes.flatMap((u) => {
    const status = to.get(u.id);
    if (!status || status === u.status) return [u];
    // `to` is a String in the schema; enforcement only ever sets UserStatus names.
    const next: User = { ...u, status: status as User['status'] };
    if (matchesFilter(next, filter)) return [next];
    removed++;
    return [];
  });
  return removed || nodes.some((u, i) => u !== prev.nodes[i]) ? { ...prev, nodes, totalCount: Math.max(0, prev.totalCount - removed) } : prev;
}

/** Pure: the list after one change (idempotent, so our own mutation and its echo from the subscription agree). */
export function applyChange(prev: ListState, change: UserChange, filter: UserFilter): ListState {
  const present = prev.nodes.some((u) => u.id === change.userId);
  if (change.kind === 'DELETED') {
    if (!present) return prev;
    return { ...prev, nodes: prev.nodes.filter((u) => u.id !== change.userId), totalCount: Math.max(0, prev.totalCount - 1) };
  }
  const user = change.user;
  if (!user) return prev;
  const fits = matchesFilter(user, filter);
  if (present && fits) return { ...prev, nodes: prev.nodes.map((u) => (u.id === user.id ? user : u)) };
  if (present) return { ...prev, nodes: prev.nodes.filter((u) => u.id !== user.id), totalCount: Math.max(0, prev.totalCount - 1) };
  if (fits && change.kind === 'CREATED') return { ...prev, nodes: [user, ...prev.nodes], totalCount: prev.totalCount + 1 };
  return prev;
}
