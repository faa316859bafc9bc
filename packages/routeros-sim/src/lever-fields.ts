/**
 * Lever inputs (what a test or the control API says in camelCase) turned into the RouterOS fields an
 * operator would type, so levers go through the same parsing and traps as the API's `add`.
 */
import { Fields } from './items';
import { formatBool } from './ros-values';

export interface NewHotspotUser {
  name: string;
  password?: string;
  profile?: string;
  macAddress?: string;
  /** 0 = no limit */
  limitBytesTotal?: number | bigint;
  disabled?: boolean;
  comment?: string;
}

export interface NewPppSecret {
  name: string;
  password?: string;
  /** any (default), pppoe, pptp, l2tp, ovpn, sstp */
  service?: string;
  profile?: string;
  callerId?: string;
  disabled?: boolean;
  comment?: string;
}

/** A device logging in on the hotspot login page. */
export interface HotspotLoginRequest {
  user: string;
  /** checked when given */
  password?: string;
  macAddress: string;
  address: string;
  uptimeSeconds?: number;
}

/** A PPPoE client dialing in. */
export interface PppDialRequest {
  name: string;
  /** checked when given */
  password?: string;
  /** the client's MAC address, as PPPoE reports it */
  callerId: string;
  /** the address the session gets */
  address: string;
  uptimeSeconds?: number;
}

function fields(pairs: [string, string | number | bigint | boolean | undefined][]): Fields {
  const out = new Map<string, string>();
  for (const [key, value] of pairs) {
    if (value === undefined) continue;
    out.set(key, typeof value === 'boolean' ? formatBool(value) : String(value));
  }
  return out;
}

export function hotspotUserFields(u: NewHotspotUser): Fields {
  return fields([
    ['name', u.name], ['password', u.password], ['profile', u.profile], ['mac-address', u.macAddress],
    ['limit-bytes-total', u.limitBytesTotal], ['disabled', u.disabled], ['comment', u.comment],
  ]);
}

export function pppSecretFields(s: NewPppSecret): Fields {
  return fields([
    ['name', s.name], ['password', s.password], ['service', s.service], ['profile', s.profile],
    ['caller-id', s.callerId], ['disabled', s.disabled], ['comment', s.comment],
  ]);
}

export function handTyped(fieldsByName: Record<string, string>): Fields {
  return new Map(Object.entries(fieldsByName));
}
