import { MAC_PATTERN, normalizeMac, parseRouterOsPair } from '@tm/shared';
import { RouterError, type RouterOsClient, type RosRow } from './routeros';
import { parseRouterOsDuration, type RouterQueue } from './bandwidth.policy';

export interface HotspotSession {
  id: string;
  /** The hotspot login name. */
  user: string;
  address: string;
  macAddress: string;
  uptimeSeconds: number;
  /** `bytes-in`: what the client uploaded. */
  up: bigint;
  /** `bytes-out`: what the client downloaded. */
  down: bigint;
}

export interface QueueReading extends RouterQueue {
  bytes: [bigint, bigint];
  /** Current rate in bits/s: [upload, download]. */
  rate: [number, number];
}

export interface RouterSnapshot {
  sessions: HotspotSession[];
  queues: QueueReading[];
  at: Date;
}

/** A hotspot user (`/ip/hotspot/user`) or PPP secret (`/ppp/secret`) as the router has it. */
export interface LoginReading {
  id: string;
  name: string;
  disabled: boolean;
}

/** A PPP session (`/ppp/active`) with the byte counters of its dynamic interface `<pppoe-NAME>`. */
export interface PppSession {
  id: string;
  name: string;
  address: string;
  /** The client's MAC for PPPoE (`caller-id`); null when the caller id isn't a MAC (L2TP, PPTP …). */
  macAddress: string | null;
  uptimeSeconds: number;
  /** The interface's `rx-byte`: what the router received from the client, its upload. */
  up: bigint;
  /** `tx-byte`: its download. */
  down: bigint;
  /** False when no interface was found for it (counters unknown: nothing is counted). */
  counted: boolean;
}

/** Everything a pass over a router needs: sessions and queues, plus logins and PPP for cut-off and accounting. */
export interface FullSnapshot extends RouterSnapshot {
  hotspotUsers: LoginReading[];
  pppSecrets: LoginReading[];
  pppSessions: PppSession[];
}

const big = (v: string | undefined) => (v && /^\d+$/.test(v) ? BigInt(v) : 0n);
const bigPair = (v: string | undefined): [bigint, bigint] => {
  const m = /^(\d+)\/(\d+)$/.exec(v ?? '');
  return m ? [BigInt(m[1]), BigInt(m[2])] : [0n, 0n];
};

export function toSession(r: RosRow): HotspotSession | null {
  const mac = r['mac-address'];
  if (!r['.id'] || !mac || !r.address) return null;
  return {
    id: r['.id'],
    user: r.user ?? '',
    address: r.address,
    macAddress: normalizeMac(mac),
    uptimeSeconds: parseRouterOsDuration(r.uptime) ?? 0,
    up: big(r['bytes-in']),
    down: big(r['bytes-out']),
  };
}

export function toQueue(r: RosRow): QueueReading {
  return {
    id: r['.id'] ?? '',
    name: r.name ?? '',
    target: r.target ?? '',
    maxLimit: r['max-limit'] ?? '',
    disabled: r.disabled === 'true' || r.disabled === 'yes',
    bytes: bigPair(r.bytes),
    rate: parseRouterOsPair(r.rate) ?? [0, 0],
  };
}

const toLogin = (r: RosRow): LoginReading | null =>
  r['.id'] && r.name && r.dynamic !== 'true' ? { id: r['.id'], name: r.name, disabled: r.disabled === 'true' || r.disabled === 'yes' } : null;

const macOrNull = (value: string | undefined): string | null =>
  value && MAC_PATTERN.test(value.trim()) ? normalizeMac(value) : null;

/** `/ppp/active` rows joined to `/interface` rows by the dynamic interface's name `<SERVICE-NAME>`. */
export function toPppSessions(active: RosRow[], interfaces: RosRow[]): PppSession[] {
  const byName = new Map(interfaces.filter((i) => i.name?.startsWith('<')).map((i) => [i.name, i] as const));
  const out: PppSession[] = [];
  for (const r of active) {
    if (!r['.id'] || !r.name) continue;
    const iface = byName.get(`<${r.service || 'pppoe'}-${r.name}>`);
    out.push({
      id: r['.id'],
      name: r.name,
      address: r.address ?? '',
      macAddress: macOrNull(r['caller-id']),
      uptimeSeconds: parseRouterOsDuration(r.uptime) ?? 0,
      up: big(iface?.['rx-byte']),
      down: big(iface?.['tx-byte']),
      counted: iface !== undefined,
    });
  }
  return out;
}

/** A menu the router may not have (no hotspot or PPP package): refused means empty. */
async function optional(read: Promise<RosRow[]>): Promise<RosRow[]> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof RouterError && err.kind === 'TRAP') return [];
    throw err;
  }
}

/** The full reading of a pass (sync and poll): six prints in parallel over one connection. */
export async function readFullSnapshot(client: RouterOsClient, now = () => new Date()): Promise<FullSnapshot> {
  const [base, hotspotUsers, pppSecrets, pppActive, interfaces] = await Promise.all([
    readSnapshot(client, now),
    optional(client.command(['/ip/hotspot/user/print', '=.proplist=.id,name,disabled,dynamic'])),
    optional(client.command(['/ppp/secret/print', '=.proplist=.id,name,disabled'])),
    optional(client.print('/ppp/active')),
    optional(client.command(['/interface/print', '=.proplist=name,type,rx-byte,tx-byte'])),
  ]);
  return {
    ...base,
    hotspotUsers: hotspotUsers.map(toLogin).filter((l): l is LoginReading => l !== null),
    pppSecrets: pppSecrets.map(toLogin).filter((l): l is LoginReading => l !== null),
    pppSessions: toPppSessions(pppActive, interfaces),
  };
}

/** Active hotspot sessions and simple queues, read in parallel over one connection. */
export async function readSnapshot(client: RouterOsClient, now = () => new Date()): Promise<RouterSnapshot> {
  const [sessions, queues] = await Promise.all([client.print('/ip/hotspot/active'), client.print('/queue/simple')]);
  return {
    sessions: sessions.map(toSession).filter((s): s is HotspotSession => s !== null),
    queues: queues.map(toQueue),
    at: now(),
  };
}
