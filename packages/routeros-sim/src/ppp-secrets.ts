/**
 * `/ppp/secret`: the local PPP user database (help.mikrotik.com/docs/display/ROS/PPP+AAA, "User Database").
 * service=any and profile=default by default; limit-bytes-in is what the client may upload per session.
 * A print shows caller-id, password, routes and the limits even when empty, and `last-logged-out` as the
 * epoch (`1970-01-01 00:00:00`) until the secret's first session ends, as a device prints it.
 */
import { boolField, countField, FieldSetter, Fields, ipv4Field, ItemTable, noMatch, textField } from './items';
import { PppProfileTable } from './ppp-profiles';
import { formatBool, formatDateTime } from './ros-values';

export const PPP_SERVICES = ['any', 'async', 'l2tp', 'ovpn', 'pppoe', 'pptp', 'sstp'] as const;
export type PppService = (typeof PPP_SERVICES)[number];

export interface SimPppSecret {
  id: string;
  name: string;
  password: string;
  service: PppService;
  profile: string;
  callerId: string;
  remoteAddress?: string;
  limitBytesIn: bigint;
  limitBytesOut: bigint;
  disabled: boolean;
  comment?: string;
  /** ms since the epoch; undefined until a session has ended */
  lastLoggedOut?: number;
  lastCallerId?: string;
}

interface SecretRecord extends Omit<SimPppSecret, 'profile'> {
  profileId: string;
  localAddress?: string;
  routes: string;
}

function setters(profiles: PppProfileTable): Record<string, FieldSetter<SecretRecord>> {
  return {
    name: (s, v) => (s.name = v),
    password: (s, v) => (s.password = v),
    service: (s, v) => {
      if (!(PPP_SERVICES as readonly string[]).includes(v)) throw noMatch('service');
      s.service = v as PppService;
    },
    profile: (s, v) => {
      const profile = profiles.byName(v);
      if (!profile) throw noMatch('profile');
      s.profileId = profile.id;
    },
    'caller-id': (s, v) => (s.callerId = v),
    'local-address': ipv4Field('local-address', (s, v) => (s.localAddress = v)),
    'remote-address': ipv4Field('remote-address', (s, v) => (s.remoteAddress = v)),
    routes: (s, v) => (s.routes = v),
    'limit-bytes-in': countField('limit-bytes-in', (s, v) => (s.limitBytesIn = v)),
    'limit-bytes-out': countField('limit-bytes-out', (s, v) => (s.limitBytesOut = v)),
    disabled: boolField('disabled', (s, v) => (s.disabled = v)),
    comment: textField((s, v) => (s.comment = v)),
  };
}

export interface PppDial {
  name: string;
  password?: string;
  callerId: string;
  service: PppService;
}

export class PppSecretTable extends ItemTable<SecretRecord> {
  constructor(
    private readonly profiles: PppProfileTable,
    private readonly version: () => string,
  ) {
    super(setters(profiles), 'failure: secret with the same name already exists');
  }

  add(fields: Fields): string {
    return this.insert(
      {
        id: '', name: '', password: '', service: 'any', profileId: '*0', callerId: '', routes: '',
        limitBytesIn: 0n, limitBytesOut: 0n, disabled: false,
      },
      fields,
    );
  }

  /** The PPP server's check of a dial-in; throws why it refuses. Returns the secret that matched. */
  authenticate(dial: PppDial): SecretRecord {
    const secret = this.byName(dial.name);
    const serves = secret && (secret.service === 'any' || secret.service === dial.service);
    if (!secret || !serves || (dial.password !== undefined && dial.password !== secret.password)) {
      throw new Error(`${dial.service} login failed for ${dial.name}: authentication failed`);
    }
    if (secret.disabled) throw new Error(`${dial.service} login failed for ${dial.name}: secret is disabled`);
    if (secret.callerId && secret.callerId.toUpperCase() !== dial.callerId.toUpperCase()) {
      throw new Error(`${dial.service} login failed for ${dial.name}: not allowed from caller-id ${dial.callerId}`);
    }
    return secret;
  }

  /** A session of this secret ended: RouterOS keeps when, and from which caller-id. */
  recordLogout(name: string, callerId: string, at: number): void {
    const secret = this.byName(name);
    if (!secret) return;
    secret.lastLoggedOut = at;
    secret.lastCallerId = callerId;
  }

  snapshot(): SimPppSecret[] {
    return this.records.map((s) => ({
      id: s.id, name: s.name, password: s.password, service: s.service, profile: this.profileName(s.profileId),
      callerId: s.callerId, remoteAddress: s.remoteAddress, limitBytesIn: s.limitBytesIn, limitBytesOut: s.limitBytesOut,
      disabled: s.disabled, comment: s.comment, lastLoggedOut: s.lastLoggedOut, lastCallerId: s.lastCallerId,
    }));
  }

  rows(): Record<string, string>[] {
    return this.records.map((s) => {
      const row: Record<string, string> = {
        '.id': s.id, name: s.name, service: s.service, 'caller-id': s.callerId, password: s.password,
        profile: this.profileName(s.profileId),
      };
      if (s.localAddress !== undefined) row['local-address'] = s.localAddress;
      if (s.remoteAddress !== undefined) row['remote-address'] = s.remoteAddress;
      Object.assign(row, {
        routes: s.routes, 'limit-bytes-in': String(s.limitBytesIn), 'limit-bytes-out': String(s.limitBytesOut),
        'last-logged-out': formatDateTime(s.lastLoggedOut ?? 0, this.version()),
      });
      if (s.lastCallerId !== undefined) row['last-caller-id'] = s.lastCallerId;
      row.disabled = formatBool(s.disabled);
      if (s.comment !== undefined) row.comment = s.comment;
      return row;
    });
  }

  private profileName(id: string): string {
    return this.profiles.byId(id)?.name ?? id;
  }
}
