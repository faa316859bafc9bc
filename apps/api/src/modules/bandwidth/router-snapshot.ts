import { normalizeMac, parseRouterOsPair } from '@tm/shared';
import type { RouterOsClient, RosRow } from './routeros';
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

/** Active hotspot sessions and simple queues, read in parallel over one connection. */
export async function readSnapshot(client: RouterOsClient, now = () => new Date()): Promise<RouterSnapshot> {
  const [sessions, queues] = await Promise.all([client.print('/ip/hotspot/active'), client.print('/queue/simple')]);
  return {
    sessions: sessions.map(toSession).filter((s): s is HotspotSession => s !== null),
    queues: queues.map(toQueue),
    at: now(),
  };
}
