/**
 * A Marzban / PasarGuard user row and the panels' own rules on it, as their source has them:
 *   review job        Marzban app/jobs/review_users.py; PasarGuard app/jobs/review_users.py (expire job
 *                     runs before the limit job, so a user both over limit and past expiry ends `expired`
 *                     there and `limited` in Marzban)
 *   modify            Marzban app/db/crud.py update_user; PasarGuard app/db/crud/user.py modify_user
 *   reset one / all   Marzban crud.reset_user_data_usage / reset_all_users_data_usage;
 *                     PasarGuard crud/user.py reset_user_data_usage, crud/bulk.py reset_all_users_data_usage
 * lifetime_used_traffic is not a column in either: it is the sum of the user's reset logs plus
 * used_traffic (db/models.py), so a reset keeps it and a reset-all, which deletes the logs, loses it.
 */
export type PanelFlavour = 'MARZBAN' | 'PASARGUARD';
export type UserStatus = 'active' | 'disabled' | 'limited' | 'expired' | 'on_hold';
export const USER_STATUSES: readonly UserStatus[] = ['active', 'disabled', 'limited', 'expired', 'on_hold'];

export interface PanelUser {
  id: number;
  username: string;
  status: UserStatus;
  usedTraffic: bigint;
  /** Sum of the user's reset logs (`used_traffic_at_reset`). */
  resetLogTotal: bigint;
  /** Every byte the simulator moved for the user, resets included. */
  moved: bigint;
  /** null = unlimited; PasarGuard keeps a 0 it was created with, Marzban stores 0 as null. */
  dataLimit: bigint | null;
  expire: Date | null;
  onHoldExpireDuration: number | null;
  note: string | null;
  createdAt: Date;
  editAt: Date | null;
  onlineAt: Date | null;
  lastStatusChange: Date;
  /** Proxy credentials and subscription token, stable for the user's life. */
  uuid: string;
  password: string;
  subToken: string;
}

/** The fields of a modify (PUT /api/user/{username}) this simulator applies; absent = null = no change. */
export interface UserModification {
  status?: 'active' | 'disabled' | 'on_hold';
  dataLimit?: bigint;
  /** 0 = unlimited. */
  expire?: Date | 0;
  note?: string;
  onHoldExpireDuration?: number;
}

export const lifetimeUsed = (u: PanelUser): bigint => u.resetLogTotal + u.usedTraffic;
export const isEnabled = (status: UserStatus): boolean => status === 'active' || status === 'on_hold';

const overLimit = (u: PanelUser): boolean => u.dataLimit !== null && u.dataLimit > 0n && u.usedTraffic >= u.dataLimit;
const pastExpiry = (u: PanelUser, now: Date): boolean => u.expire !== null && u.expire.getTime() <= now.getTime();

function setStatus(u: PanelUser, status: UserStatus, now: Date): void {
  if (u.status === status) return;
  u.status = status;
  u.lastStatusChange = now;
}

/** The review job: an active user over its limit turns `limited`, past its expiry `expired`. */
export function review(u: PanelUser, flavour: PanelFlavour, now: Date): void {
  if (u.status !== 'active') return;
  const limited = overLimit(u);
  const expired = pastExpiry(u, now);
  if (flavour === 'MARZBAN' ? limited : limited && !expired) setStatus(u, 'limited', now);
  else if (expired) setStatus(u, 'expired', now);
}

/** Traffic the core reported: used_traffic grows, the user is online; an on_hold user starts its clock. */
export function recordTraffic(u: PanelUser, bytes: bigint, now: Date): void {
  u.usedTraffic += bytes;
  u.moved += bytes;
  u.onlineAt = now;
  if (u.status === 'on_hold') {
    setStatus(u, 'active', now);
    u.expire = new Date(now.getTime() + (u.onHoldExpireDuration ?? 0) * 1000);
    u.onHoldExpireDuration = null;
  }
}

/** PasarGuard's `_resolve_enabled_user_status`: what "enabled" means for a user now. */
function enabledStatus(u: PanelUser, now: Date): UserStatus {
  if (pastExpiry(u, now)) return 'expired';
  if (overLimit(u)) return 'limited';
  return u.onHoldExpireDuration !== null ? 'on_hold' : 'active';
}

/** PasarGuard's PUT /api/user/{username}/disabled. */
export function toggleDisabled(u: PanelUser, disabled: boolean, now: Date): void {
  setStatus(u, disabled ? 'disabled' : enabledStatus(u, now), now);
}

export function modify(u: PanelUser, m: UserModification, flavour: PanelFlavour, now: Date): void {
  if (m.status !== undefined) {
    const resolve = flavour === 'PASARGUARD' && m.status === 'active' && u.status === 'disabled';
    setStatus(u, resolve ? enabledStatus(u, now) : m.status, now);
  }
  const applyDataLimit = (): void => {
    if (m.dataLimit === undefined) return;
    u.dataLimit = m.dataLimit || null;
    if (u.status === 'expired' || u.status === 'disabled') return;
    if (!overLimit(u)) {
      if (u.status !== 'on_hold') setStatus(u, 'active', now);
    } else setStatus(u, 'limited', now);
  };
  const applyExpire = (): void => {
    if (flavour === 'PASARGUARD' && m.status === 'on_hold') {
      u.expire = null;
      return;
    }
    if (m.expire === undefined) return;
    u.expire = m.expire === 0 ? null : m.expire;
    if (u.status === 'active' || u.status === 'expired') setStatus(u, pastExpiry(u, now) ? 'expired' : 'active', now);
  };
  // Marzban applies the data limit before the expiry, PasarGuard the other way round.
  if (flavour === 'MARZBAN') {
    applyDataLimit();
    applyExpire();
  } else {
    applyExpire();
    applyDataLimit();
  }
  if (m.note !== undefined) u.note = m.note || null;
  if (m.onHoldExpireDuration !== undefined) u.onHoldExpireDuration = m.onHoldExpireDuration || null;
  u.editAt = now;
}

/**
 * POST /api/user/{username}/reset. Marzban 0.8.4 tests `status not in (expired or disabled)`, which
 * Python reads as a substring test against "expired": every user but an expired one comes back
 * `active`, a disabled one included. PasarGuard only turns `limited` back to `active`.
 */
export function resetUsage(u: PanelUser, flavour: PanelFlavour, now: Date): void {
  u.resetLogTotal += u.usedTraffic;
  u.usedTraffic = 0n;
  if (flavour === 'MARZBAN' ? u.status !== 'expired' : u.status === 'limited') setStatus(u, 'active', now);
}

/** POST /api/users/reset: used_traffic to 0 and the reset logs deleted, so lifetime starts over too. */
export function resetAllUsage(u: PanelUser, flavour: PanelFlavour, now: Date): void {
  u.usedTraffic = 0n;
  u.resetLogTotal = 0n;
  const backToActive = flavour === 'MARZBAN' ? !['on_hold', 'expired', 'disabled'].includes(u.status) : u.status === 'limited';
  if (backToActive) setStatus(u, 'active', now);
}
