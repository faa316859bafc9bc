/**
 * `/ppp/active`: PPP sessions connected now, and the dynamic interface (`<pppoe-NAME>`, type pppoe-in)
 * each one brings up. `/ppp/active` carries no byte counters on RouterOS 7: traffic shows on the interface,
 * seen from the router, so rx-byte is what it received FROM the client (the client's upload) and tx-byte what
 * it sent (the download). Sources: `/interface print stats` documents rx-byte as "total bytes received";
 * the PPP profile `rate-limit` docs put it the same way: "from the point of view of the router (so rx is
 * client upload, and tx is client download)" (MikroTik RouterOS manual, PPP profile / HotSpot user profile).
 */
import { PppService } from './ppp-secrets';
import { formatBool, formatDuration, IdSequence } from './ros-values';
import { noSuchItem } from './items';

export interface SimPppSession {
  id: string;
  name: string;
  service: PppService;
  callerId: string;
  address: string;
  uptimeSeconds: number;
  /** the client's upload: the interface's rx-byte */
  up: bigint;
  /** the client's download: the interface's tx-byte */
  down: bigint;
  interfaceName: string;
}

export interface NewPppSession {
  name: string;
  service: PppService;
  callerId: string;
  address: string;
  uptimeSeconds?: number;
  limitBytesIn: bigint;
  limitBytesOut: bigint;
}

export interface PppSessionRecord {
  id: string;
  name: string;
  service: PppService;
  callerId: string;
  address: string;
  sessionId: string;
  limitBytesIn: bigint;
  limitBytesOut: bigint;
  startedAt: number;
  interfaceId: string;
  interfaceName: string;
  up: bigint;
  down: bigint;
  packetsUp: bigint;
  packetsDown: bigint;
}

/** Roughly one packet per 1000 bytes, like the hotspot counters. */
const packets = (bytes: bigint): bigint => (bytes + 999n) / 1000n;

export class PppActiveTable {
  private readonly records: PppSessionRecord[] = [];
  private readonly ids = new IdSequence();
  /** dynamic interfaces get high internal ids, `*F00000` upwards, as on a router */
  private readonly interfaceIds = new IdSequence(0xf00000);
  private nextSession = 0x81000001;

  /** `ended` hears of every session that hangs up or is removed (not of those a reboot drops). */
  constructor(
    private readonly now: () => number,
    private readonly ended: (s: PppSessionRecord) => void = () => undefined,
  ) {}

  add(s: NewPppSession): string {
    if (this.byName(s.name)) throw new Error(`${s.name} is already connected`);
    const record: PppSessionRecord = {
      ...s, id: this.ids.take(), sessionId: `0x${(this.nextSession++).toString(16).toUpperCase()}`,
      startedAt: this.now() - (s.uptimeSeconds ?? 0) * 1000, interfaceId: this.interfaceIds.take(),
      interfaceName: `<${s.service}-${s.name}>`, up: 0n, down: 0n, packetsUp: 0n, packetsDown: 0n,
    };
    this.records.push(record);
    return record.id;
  }

  byName(name: string): PppSessionRecord | undefined {
    return this.records.find((r) => r.name === name);
  }

  /** Counts a transfer on the session's interface: `up` on rx, `down` on tx. */
  count(name: string, up: bigint, down: bigint): PppSessionRecord {
    const s = this.byName(name);
    if (!s) throw new Error(`no active PPP session for ${name}`);
    s.up += up;
    s.down += down;
    s.packetsUp += packets(up);
    s.packetsDown += packets(down);
    return s;
  }

  removeByName(name: string): boolean {
    const s = this.byName(name);
    if (s) this.end(s);
    return s !== undefined;
  }

  /** `/ppp/active/remove`: the session is disconnected, its interface goes with it. */
  removeById(ref: string): void {
    const doomed = ref.split(',').map((id) => this.records.find((r) => r.id === id) ?? this.byName(id));
    if (doomed.some((r) => !r)) throw noSuchItem();
    doomed.forEach((r) => r && this.end(r));
  }

  clear(): void {
    this.records.length = 0;
  }

  all(): readonly PppSessionRecord[] {
    return this.records;
  }

  uptimeSeconds(s: PppSessionRecord): number {
    return Math.floor((this.now() - s.startedAt) / 1000);
  }

  snapshot(): SimPppSession[] {
    return this.records.map((s) => ({
      id: s.id, name: s.name, service: s.service, callerId: s.callerId, address: s.address,
      uptimeSeconds: this.uptimeSeconds(s), up: s.up, down: s.down, interfaceName: s.interfaceName,
    }));
  }

  rows(): Record<string, string>[] {
    return this.records.map((s) => ({
      '.id': s.id, name: s.name, service: s.service, 'caller-id': s.callerId, address: s.address,
      uptime: formatDuration(this.uptimeSeconds(s)), encoding: '', 'session-id': s.sessionId,
      'limit-bytes-in': String(s.limitBytesIn), 'limit-bytes-out': String(s.limitBytesOut), radius: formatBool(false),
    }));
  }

  private end(s: PppSessionRecord): void {
    const at = this.records.indexOf(s);
    if (at < 0) return;
    this.records.splice(at, 1);
    this.ended(s);
  }
}
