/**
 * `/ip/hotspot/user/profile`: settings shared by groups of hotspot users. The `default` profile exists from
 * boot with `.id` `*0` (exports address it as `set [ find default=yes ]`) and can't be removed; its values
 * are RouterOS's defaults: idle-timeout=none keepalive-timeout=2m status-autorefresh=1m shared-users=1.
 */
import { boolField, durationField, FieldSetter, Fields, invalidValue, ItemTable, textField } from './items';
import { formatBool, formatDuration, parseRatePair } from './ros-values';
import { TrapError } from './trap';

export interface SimHotspotUserProfile {
  id: string;
  name: string;
  /** as entered, `rx/tx` from the router's side: rx-rate is the client's upload (`512k/1M` = 512k up, 1M down) */
  rateLimit?: string;
  /** a number, or 'unlimited' */
  sharedUsers: string;
}

interface ProfileRecord extends SimHotspotUserProfile {
  /** seconds; undefined = none */
  idleTimeout?: number;
  keepaliveTimeout?: number;
  statusAutorefresh: number;
  sessionTimeout?: number;
  addressList?: string;
  transparentProxy: boolean;
  addMacCookie: boolean;
  macCookieTimeout: number;
  isDefault: boolean;
}

const SETTERS: Record<string, FieldSetter<ProfileRecord>> = {
  name: (p, v) => (p.name = v),
  'idle-timeout': durationField('idle-timeout', (p, v) => (p.idleTimeout = v), true),
  'keepalive-timeout': durationField('keepalive-timeout', (p, v) => (p.keepaliveTimeout = v), true),
  'status-autorefresh': durationField('status-autorefresh', (p, v) => (p.statusAutorefresh = v ?? 60)),
  'session-timeout': durationField('session-timeout', (p, v) => (p.sessionTimeout = v || undefined)),
  'mac-cookie-timeout': durationField('mac-cookie-timeout', (p, v) => (p.macCookieTimeout = v ?? 0)),
  'shared-users': (p, v) => {
    if (v !== 'unlimited' && !/^[1-9]\d*$/.test(v)) throw invalidValue('shared-users');
    p.sharedUsers = v;
  },
  'rate-limit': (p, v) => {
    // kept as typed; only the leading rx/tx pair is checked, like `512k/1M` or `2M`
    if (v !== '' && !parseRatePair(v.trim().split(/\s+/)[0])) throw invalidValue('rate-limit');
    p.rateLimit = v === '' ? undefined : v;
  },
  'address-list': textField((p, v) => (p.addressList = v)),
  'transparent-proxy': boolField('transparent-proxy', (p, v) => (p.transparentProxy = v)),
  'add-mac-cookie': boolField('add-mac-cookie', (p, v) => (p.addMacCookie = v)),
};

const blank = (): ProfileRecord => ({
  id: '', name: '', sharedUsers: '1', idleTimeout: undefined, keepaliveTimeout: 120, statusAutorefresh: 60,
  transparentProxy: false, addMacCookie: true, macCookieTimeout: 3 * 86400, isDefault: false,
});

const timeOrNone = (seconds: number | undefined) => (seconds === undefined ? 'none' : formatDuration(seconds));

export class HotspotProfileTable extends ItemTable<ProfileRecord> {
  constructor() {
    super(SETTERS, 'failure: already have such name');
    this.records.push({ ...blank(), id: '*0', name: 'default', isDefault: true });
  }

  add(fields: Fields): string {
    return this.insert(blank(), fields);
  }

  snapshot(): SimHotspotUserProfile[] {
    return this.records.map((p) => ({ id: p.id, name: p.name, rateLimit: p.rateLimit, sharedUsers: p.sharedUsers }));
  }

  rows(): Record<string, string>[] {
    return this.records.map((p) => {
      const row: Record<string, string> = {
        '.id': p.id, name: p.name, 'idle-timeout': timeOrNone(p.idleTimeout),
        'keepalive-timeout': timeOrNone(p.keepaliveTimeout), 'status-autorefresh': formatDuration(p.statusAutorefresh),
        'shared-users': p.sharedUsers, 'add-mac-cookie': formatBool(p.addMacCookie),
        'mac-cookie-timeout': formatDuration(p.macCookieTimeout), 'open-status-page': 'always',
        'transparent-proxy': formatBool(p.transparentProxy), default: formatBool(p.isDefault),
      };
      if (p.sessionTimeout !== undefined) row['session-timeout'] = formatDuration(p.sessionTimeout);
      if (p.rateLimit !== undefined) row['rate-limit'] = p.rateLimit;
      if (p.addressList !== undefined) row['address-list'] = p.addressList;
      return row;
    });
  }

  protected override assertRemovable(p: ProfileRecord): void {
    if (p.isDefault) throw new TrapError('can not remove default profile');
  }
}
