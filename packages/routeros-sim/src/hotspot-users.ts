/**
 * `/ip/hotspot/user`: the local user database the hotspot login page checks. Fields and defaults from
 * MikroTik's manual (Manual:IP/Hotspot/User): server=all, profile=default, limits 0 = none. Unset optional
 * fields (address, mac-address, email, routes, limit-*, comment, an empty password) are left out of a print,
 * as a RouterOS 7 router does. bytes-in = received from the user (its upload); counters grow at logout.
 */
import {
  boolField, countField, durationField, FieldSetter, Fields, invalidValue, ItemTable, noMatch, textField, ipv4Field,
} from './items';
import { HotspotProfileTable } from './hotspot-profiles';
import { formatBool, formatDuration, normalizeMac } from './ros-values';

export interface SimHotspotUser {
  id: string;
  name: string;
  password: string;
  profile: string;
  macAddress?: string;
  /** 0 = no limit */
  limitBytesTotal: bigint;
  disabled: boolean;
  comment?: string;
  uptimeSeconds: number;
  bytesIn: bigint;
  bytesOut: bigint;
}

interface UserRecord {
  id: string;
  name: string;
  server: string;
  password: string;
  address?: string;
  macAddress?: string;
  profileId: string;
  routes?: string;
  email?: string;
  limitUptime: number;
  limitBytesIn: bigint;
  limitBytesOut: bigint;
  limitBytesTotal: bigint;
  uptimeSeconds: number;
  bytesIn: bigint;
  bytesOut: bigint;
  packetsIn: bigint;
  packetsOut: bigint;
  disabled: boolean;
  comment?: string;
}

/** A finished session's totals, added to its user's counters. */
export interface EndedSession {
  user: string;
  uptimeSeconds: number;
  bytesIn: bigint;
  bytesOut: bigint;
  packetsIn: bigint;
  packetsOut: bigint;
}

export interface HotspotLogin {
  user: string;
  password?: string;
  macAddress: string;
}

function setters(profiles: HotspotProfileTable): Record<string, FieldSetter<UserRecord>> {
  return {
    name: (u, v) => (u.name = v),
    password: (u, v) => (u.password = v),
    server: (u, v) => (u.server = v === '' ? 'all' : v),
    profile: (u, v) => {
      const profile = profiles.byName(v);
      if (!profile) throw noMatch('profile');
      u.profileId = profile.id;
    },
    'mac-address': (u, v) => {
      let mac: string;
      try {
        mac = normalizeMac(v);
      } catch {
        throw invalidValue('mac-address');
      }
      u.macAddress = mac === '00:00:00:00:00:00' ? undefined : mac;
    },
    address: ipv4Field('address', (u, v) => (u.address = v)),
    routes: textField((u, v) => (u.routes = v)),
    email: textField((u, v) => (u.email = v)),
    comment: textField((u, v) => (u.comment = v)),
    'limit-uptime': durationField('limit-uptime', (u, v) => (u.limitUptime = v ?? 0)),
    'limit-bytes-in': countField('limit-bytes-in', (u, v) => (u.limitBytesIn = v)),
    'limit-bytes-out': countField('limit-bytes-out', (u, v) => (u.limitBytesOut = v)),
    'limit-bytes-total': countField('limit-bytes-total', (u, v) => (u.limitBytesTotal = v)),
    disabled: boolField('disabled', (u, v) => (u.disabled = v)),
  };
}

export class HotspotUserTable extends ItemTable<UserRecord> {
  constructor(private readonly profiles: HotspotProfileTable) {
    super(setters(profiles), 'failure: already have user with this name for this server');
  }

  add(fields: Fields): string {
    return this.insert(
      {
        id: '', name: '', server: 'all', password: '', profileId: '*0', limitUptime: 0, limitBytesIn: 0n,
        limitBytesOut: 0n, limitBytesTotal: 0n, uptimeSeconds: 0, bytesIn: 0n, bytesOut: 0n, packetsIn: 0n,
        packetsOut: 0n, disabled: false,
      },
      fields,
    );
  }

  resetCounters(ref?: string): void {
    for (const u of ref === undefined ? this.records : this.resolve(ref)) {
      Object.assign(u, { uptimeSeconds: 0, bytesIn: 0n, bytesOut: 0n, packetsIn: 0n, packetsOut: 0n });
    }
  }

  /** The login page's check of name, password and MAC restriction; throws what the page would say. */
  authenticate(login: HotspotLogin): void {
    const user = this.byName(login.user);
    if (!user || (login.password !== undefined && login.password !== user.password)) {
      throw new Error(`login failed for ${login.user}: invalid username or password`);
    }
    if (user.disabled) throw new Error(`login failed for ${login.user}: user is disabled`);
    if (user.macAddress && user.macAddress !== normalizeMac(login.macAddress)) {
      throw new Error(`login failed for ${login.user}: not allowed to log in from ${normalizeMac(login.macAddress)}`);
    }
  }

  /** RouterOS adds a session's time and traffic to the user it logged in as, when it ends. */
  recordLogout(s: EndedSession): void {
    const u = this.byName(s.user);
    if (!u) return;
    u.uptimeSeconds += s.uptimeSeconds;
    u.bytesIn += s.bytesIn;
    u.bytesOut += s.bytesOut;
    u.packetsIn += s.packetsIn;
    u.packetsOut += s.packetsOut;
  }

  snapshot(): SimHotspotUser[] {
    return this.records.map((u) => ({
      id: u.id, name: u.name, password: u.password, profile: this.profileName(u), macAddress: u.macAddress,
      limitBytesTotal: u.limitBytesTotal, disabled: u.disabled, comment: u.comment, uptimeSeconds: u.uptimeSeconds,
      bytesIn: u.bytesIn, bytesOut: u.bytesOut,
    }));
  }

  rows(): Record<string, string>[] {
    return this.records.map((u) => {
      const row: Record<string, string> = { '.id': u.id, server: u.server, name: u.name };
      const optional: [string, string | undefined][] = [
        ['password', u.password || undefined], ['address', u.address], ['mac-address', u.macAddress],
        ['profile', this.profileName(u)], ['routes', u.routes], ['email', u.email],
        ['limit-uptime', u.limitUptime ? formatDuration(u.limitUptime) : undefined],
        ['limit-bytes-in', u.limitBytesIn ? String(u.limitBytesIn) : undefined],
        ['limit-bytes-out', u.limitBytesOut ? String(u.limitBytesOut) : undefined],
        ['limit-bytes-total', u.limitBytesTotal ? String(u.limitBytesTotal) : undefined],
      ];
      for (const [key, value] of optional) if (value !== undefined) row[key] = value;
      Object.assign(row, {
        uptime: formatDuration(u.uptimeSeconds), 'bytes-in': String(u.bytesIn), 'bytes-out': String(u.bytesOut),
        'packets-in': String(u.packetsIn), 'packets-out': String(u.packetsOut), dynamic: formatBool(false),
        disabled: formatBool(u.disabled),
      });
      if (u.comment !== undefined) row.comment = u.comment;
      return row;
    });
  }

  private profileName(u: UserRecord): string {
    return this.profiles.byId(u.profileId)?.name ?? u.profileId;
  }
}
