import { RouterLoginKind } from '@tm/shared';
import type { LoginReading } from './router-snapshot';

export const LOGIN_MENUS: Record<RouterLoginKind, string> = {
  [RouterLoginKind.HOTSPOT]: '/ip/hotspot/user',
  [RouterLoginKind.PPP]: '/ppp/secret',
};
export const SESSION_MENUS: Record<RouterLoginKind, string> = {
  [RouterLoginKind.HOTSPOT]: '/ip/hotspot/active',
  [RouterLoginKind.PPP]: '/ppp/active',
};
export const LOGIN_COMMENT = 'managed by Traffic Manager';

/** What the database knows of a login (a router_logins row). */
export interface KnownLogin {
  kind: RouterLoginKind;
  name: string;
  userId: number;
  held: boolean;
  /** Set when we created it: put back with these when it goes missing. */
  create: { password: string; profile: string | null } | null;
}

/** What a router pass knows of our users: cut (may not be online), online, or not ours (undefined). */
export interface LoginPeople {
  /** By login name (our username): the user's id and whether it is cut off. */
  byName(name: string): { userId: number; cut: boolean } | undefined;
  /** A session's owner, by its login name else its MAC. */
  ownerOf(login: string, macAddress: string | null): { userId: number; cut: boolean } | undefined;
  /** The user was deleted: its logins end with it. */
  gone(userId: number): boolean;
}

export interface LoginKey {
  kind: RouterLoginKind;
  name: string;
  userId: number;
}

export type LoginAction =
  | { kind: 'disable' | 'enable' | 'remove'; menu: string; id: string; login: LoginKey }
  | { kind: 'add'; menu: string; fields: Record<string, string>; login: LoginKey }
  | { kind: 'kick'; menu: string; id: string; userId: number };

/** Where a login stands once the actions for it succeed. */
export interface LoginOutcome extends LoginKey {
  held: boolean;
  present: boolean;
  /** Its user is gone and the login was removed (ours) or stays disabled: the row goes. */
  ended?: boolean;
}

export interface LoginPlan {
  actions: LoginAction[];
  /** Every login of our users on the router, and every known one: recorded, so a deleted user's can end. */
  outcomes: LoginOutcome[];
}

export interface LoginPlanInput {
  hotspotUsers: LoginReading[];
  pppSecrets: LoginReading[];
  hotspotSessions: { id: string; user: string; macAddress: string }[];
  pppSessions: { id: string; name: string; macAddress: string | null }[];
  known: KnownLogin[];
  people: LoginPeople;
}

/**
 * Cut-off on the router, as desired state: a login of a user who may not be online is disabled and
 * its sessions are removed; back online, only a login WE disabled (held) is enabled again, so one an
 * operator disabled by hand stays so. Someone re-enabling a cut-off login is undone on the next pass.
 * Logins we created are added back when missing. A deleted user's service ends with it: the login we
 * created is removed, one we only knew is left disabled. Idempotent: a router that matches gets no command.
 */
export function planLogins(input: LoginPlanInput): LoginPlan {
  const actions: LoginAction[] = [];
  const outcomes: LoginOutcome[] = [];
  const known = new Map(input.known.map((k) => [`${k.kind}|${k.name}`, k]));
  const seen = new Set<string>();

  const endedNames = new Set<string>();
  /** A deleted user's login: one we created is removed, one we only knew is disabled; its sessions go. */
  const end = (kind: RouterLoginKind, entry: LoginReading, row: KnownLogin) => {
    const login = { kind, name: entry.name, userId: row.userId };
    if (row.create) actions.push({ kind: 'remove', menu: LOGIN_MENUS[kind], id: entry.id, login });
    else if (!entry.disabled) actions.push({ kind: 'disable', menu: LOGIN_MENUS[kind], id: entry.id, login });
    endedNames.add(`${kind}|${entry.name}`);
    outcomes.push({ ...login, held: true, present: row.create === null, ended: true });
  };

  const visit = (kind: RouterLoginKind, entries: LoginReading[]) => {
    for (const entry of entries) {
      const key = `${kind}|${entry.name}`;
      const row = known.get(key);
      const person = input.people.byName(entry.name);
      if (!person && row && input.people.gone(row.userId)) {
        seen.add(key);
        end(kind, entry, row);
        continue;
      }
      if (!person) continue;
      seen.add(key);
      const login = { kind, name: entry.name, userId: person.userId };
      let held = row?.held ?? false;
      if (person.cut && !entry.disabled) {
        actions.push({ kind: 'disable', menu: LOGIN_MENUS[kind], id: entry.id, login });
        held = true;
      } else if (!person.cut && entry.disabled && held) {
        actions.push({ kind: 'enable', menu: LOGIN_MENUS[kind], id: entry.id, login });
        held = false;
      } else if (!person.cut && !entry.disabled) {
        held = false;
      }
      outcomes.push({ ...login, held, present: true });
    }
  };
  visit(RouterLoginKind.HOTSPOT, input.hotspotUsers);
  visit(RouterLoginKind.PPP, input.pppSecrets);

  for (const row of input.known) {
    if (seen.has(`${row.kind}|${row.name}`)) continue;
    if (input.people.gone(row.userId)) {
      outcomes.push({ kind: row.kind, name: row.name, userId: row.userId, held: false, present: false, ended: true });
      continue;
    }
    const person = input.people.byName(row.name);
    const login = { kind: row.kind, name: row.name, userId: row.userId };
    if (row.create && person) {
      const fields: Record<string, string> = { name: row.name, password: row.create.password, comment: LOGIN_COMMENT };
      if (row.create.profile) fields.profile = row.create.profile;
      if (person.cut) fields.disabled = 'yes';
      actions.push({ kind: 'add', menu: LOGIN_MENUS[row.kind], fields, login });
      outcomes.push({ ...login, held: person.cut, present: true });
    } else {
      outcomes.push({ ...login, held: false, present: false });
    }
  }

  for (const s of input.hotspotSessions) {
    const owner = input.people.ownerOf(s.user, s.macAddress);
    if (owner?.cut || endedNames.has(`${RouterLoginKind.HOTSPOT}|${s.user}`)) actions.push({ kind: 'kick', menu: SESSION_MENUS.HOTSPOT, id: s.id, userId: owner?.userId ?? 0 });
  }
  for (const s of input.pppSessions) {
    const owner = input.people.ownerOf(s.name, s.macAddress);
    if (owner?.cut || endedNames.has(`${RouterLoginKind.PPP}|${s.name}`)) actions.push({ kind: 'kick', menu: SESSION_MENUS.PPP, id: s.id, userId: owner?.userId ?? 0 });
  }
  return { actions, outcomes };
}
