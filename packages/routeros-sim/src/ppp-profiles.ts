/**
 * `/ppp/profile`: defaults for `/ppp/secret` entries. `default` (`.id` `*0`) and `default-encryption`
 * (`*FFFFFFFE`) exist from boot and can't be removed; router exports address them as `set *0` and
 * `set *FFFFFFFE`. Fields from MikroTik's PPP AAA page (help.mikrotik.com/docs/display/ROS/PPP+AAA).
 */
import { FieldSetter, Fields, invalidValue, ItemTable, noMatch, textField } from './items';
import { formatBool, IdSequence, parseRatePair } from './ros-values';
import { TrapError } from './trap';

export interface SimPppProfile {
  id: string;
  name: string;
  localAddress?: string;
  remoteAddress?: string;
  /** as entered, rx/tx from the router's side: rx-rate is the client's upload */
  rateLimit?: string;
}

interface PppProfileRecord extends SimPppProfile {
  onlyOne: string;
  useEncryption: string;
  changeTcpMss: string;
  addressList?: string;
  dnsServer?: string;
  builtIn: boolean;
}

const TRI = ['default', 'yes', 'no'];
const tri = (field: string, assign: (p: PppProfileRecord, v: string) => void): FieldSetter<PppProfileRecord> => (p, v) => {
  if (!TRI.includes(v) && !(field === 'use-encryption' && v === 'required')) throw noMatch(field);
  assign(p, v);
};

const SETTERS: Record<string, FieldSetter<PppProfileRecord>> = {
  name: (p, v) => (p.name = v),
  // a pool name is allowed here as well as an address
  'local-address': textField((p, v) => (p.localAddress = v)),
  'remote-address': textField((p, v) => (p.remoteAddress = v)),
  'rate-limit': (p, v) => {
    if (v !== '' && !parseRatePair(v.trim().split(/\s+/)[0])) throw invalidValue('rate-limit');
    p.rateLimit = v === '' ? undefined : v;
  },
  'only-one': tri('only-one', (p, v) => (p.onlyOne = v)),
  'use-encryption': tri('use-encryption', (p, v) => (p.useEncryption = v)),
  'change-tcp-mss': tri('change-tcp-mss', (p, v) => (p.changeTcpMss = v)),
  'address-list': textField((p, v) => (p.addressList = v)),
  'dns-server': textField((p, v) => (p.dnsServer = v)),
};

const blank = (): PppProfileRecord => ({
  id: '', name: '', onlyOne: 'default', useEncryption: 'default', changeTcpMss: 'default', builtIn: false,
});

export class PppProfileTable extends ItemTable<PppProfileRecord> {
  constructor() {
    super(SETTERS, 'failure: already have such name', new IdSequence(1));
    this.records.push({ ...blank(), id: '*0', name: 'default', changeTcpMss: 'yes', builtIn: true });
    this.records.push({ ...blank(), id: '*FFFFFFFE', name: 'default-encryption', useEncryption: 'yes', changeTcpMss: 'yes', builtIn: true });
  }

  add(fields: Fields): string {
    return this.insert(blank(), fields);
  }

  snapshot(): SimPppProfile[] {
    return this.records.map(({ id, name, localAddress, remoteAddress, rateLimit }) => ({ id, name, localAddress, remoteAddress, rateLimit }));
  }

  rows(): Record<string, string>[] {
    return this.records.map((p) => {
      const row: Record<string, string> = { '.id': p.id, name: p.name };
      if (p.localAddress !== undefined) row['local-address'] = p.localAddress;
      if (p.remoteAddress !== undefined) row['remote-address'] = p.remoteAddress;
      if (p.rateLimit !== undefined) row['rate-limit'] = p.rateLimit;
      if (p.addressList !== undefined) row['address-list'] = p.addressList;
      if (p.dnsServer !== undefined) row['dns-server'] = p.dnsServer;
      Object.assign(row, {
        'bridge-learning': 'default', 'use-ipv6': 'yes', 'use-mpls': 'default', 'use-compression': 'default',
        'use-encryption': p.useEncryption, 'only-one': p.onlyOne, 'change-tcp-mss': p.changeTcpMss,
        'use-upnp': 'default', 'on-up': '', 'on-down': '', default: formatBool(p.builtIn),
      });
      return row;
    });
  }

  protected override assertRemovable(p: PppProfileRecord): void {
    if (p.builtIn) throw new TrapError('can not remove default profile');
  }
}

