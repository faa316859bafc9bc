/**
 * GET /api/users: filters, sort and offset/limit as the panels' get_users queries apply them
 * (Marzban app/routers/user.py + app/db/crud.py get_users; PasarGuard app/models/user.py
 * UserListQuery + app/db/crud/user.py get_users). `total` counts every match before offset/limit;
 * offset 0 and limit 0 mean none. Without `sort` rows come in id order.
 */
import type { SimRequest } from '../http-sim';
import { detail, validationError } from './json';
import { type Checked, queryInt } from './request-validation';
import { USER_STATUSES, type PanelFlavour, type PanelUser } from './user-rules';

type SortKey = (u: PanelUser) => string | number | bigint | null;

const SORT_KEYS: Record<string, SortKey> = {
  username: (u) => u.username.toLowerCase(),
  used_traffic: (u) => u.usedTraffic,
  data_limit: (u) => u.dataLimit,
  expire: (u) => u.expire?.getTime() ?? null,
  created_at: (u) => u.createdAt.getTime(),
  edit_at: (u) => u.editAt?.getTime() ?? null,
  online_at: (u) => u.onlineAt?.getTime() ?? null,
};
const MARZBAN_SORTS = ['username', 'used_traffic', 'data_limit', 'expire', 'created_at'];

function compare(a: ReturnType<SortKey>, b: ReturnType<SortKey>): number {
  if (a === b) return 0;
  if (a === null) return -1; // NULLs first in ascending order, as MySQL and SQLite sort them
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export interface UserPage {
  users: PanelUser[];
  total: number;
  /** PasarGuard's load_sub: fill subscription_url in the list. */
  loadSubscription: boolean;
}

/**
 * The page the query asks for, or the panel's error answer. `pageLimit` caps a page (a simulator lever
 * to force pagination with few users; neither panel caps `limit`).
 */
export function listUsers(req: SimRequest, all: PanelUser[], flavour: PanelFlavour, pageLimit?: number): Checked<UserPage> {
  const offset = queryInt(req, 'offset');
  const limit = queryInt(req, 'limit');
  const errors: Record<string, string> = {};
  if (typeof offset === 'object') errors.offset = offset.error;
  if (typeof limit === 'object') errors.limit = limit.error;
  const statuses = req.query.getAll('status');
  if (statuses.some((s) => !(USER_STATUSES as readonly string[]).includes(s))) {
    errors.status = "Input should be 'active', 'disabled', 'limited', 'expired' or 'on_hold'";
  }
  if (Object.keys(errors).length > 0) return { error: validationError(errors) };

  const sorts: { key: SortKey; desc: boolean }[] = [];
  for (const opt of (req.query.get('sort') ?? '').replace(/^,+|,+$/g, '').split(',').filter(Boolean)) {
    const name = opt.replace(/^-/, '');
    const known = flavour === 'MARZBAN' ? MARZBAN_SORTS.includes(name) : name in SORT_KEYS;
    if (!known) {
      return { error: detail(400, flavour === 'MARZBAN' ? `"${opt}" is not a valid sort option` : `Value error, '${opt}' is not a valid UserSortOption`) };
    }
    sorts.push({ key: SORT_KEYS[name], desc: opt.startsWith('-') });
  }

  const names = [...req.query.getAll('username'), ...(flavour === 'PASARGUARD' ? req.query.getAll('usernames') : [])];
  const search = req.query.get('search')?.toLowerCase();
  let rows = all.filter(
    (u) =>
      (names.length === 0 || names.some((n) => n.toLowerCase() === u.username.toLowerCase())) &&
      (statuses.length === 0 || statuses.includes(u.status)) &&
      (!search || u.username.toLowerCase().includes(search) || (u.note ?? '').toLowerCase().includes(search)),
  );
  if (sorts.length > 0) {
    rows = [...rows].sort((a, b) => {
      for (const s of sorts) {
        const c = compare(s.key(a), s.key(b));
        if (c !== 0) return s.desc ? -c : c;
      }
      return 0;
    });
  }
  const start = typeof offset === 'number' && offset > 0 ? offset : 0;
  let size = typeof limit === 'number' && limit > 0 ? limit : rows.length;
  if (pageLimit && pageLimit > 0) size = Math.min(size, pageLimit);
  const loadSubscription = flavour === 'PASARGUARD' && /^(true|1|yes|on)$/i.test(req.query.get('load_sub') ?? '');
  return { value: { users: rows.slice(start, start + size), total: rows.length, loadSubscription } };
}
