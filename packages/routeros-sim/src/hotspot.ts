/** `/ip/hotspot/active`: who is logged in right now, with the counters RouterOS keeps per session. */
import { formatBool, formatDuration, IdSequence, normalizeMac, Pair } from './ros-values';
import { TrapCategory, TrapError } from './trap';

export interface SimSession {
  id: string;
  server: string;
  user: string;
  address: string;
  macAddress: string;
  loginBy: string;
  uptimeSeconds: number;
  idleSeconds: number;
  /** received from the client: its upload */
  bytesIn: bigint;
  /** sent to the client: its download */
  bytesOut: bigint;
  packetsIn: bigint;
  packetsOut: bigint;
  /** simulator-only: the continuous traffic being shaped now, bits per second (upload, download) */
  rate: Pair<number>;
}

export interface NewSession {
  user: string;
  address: string;
  macAddress: string;
  uptimeSeconds?: number;
  server?: string;
  loginBy?: string;
}

interface SessionRecord extends Omit<SimSession, 'uptimeSeconds' | 'idleSeconds'> {
  loggedInAt: number;
  lastActivityAt: number;
}

export class HotspotActiveTable {
  private readonly records: SessionRecord[] = [];
  private readonly ids = new IdSequence();

  constructor(private readonly now: () => number) {}

  add(s: NewSession): string {
    const macAddress = normalizeMac(s.macAddress);
    if (this.byMac(macAddress)) throw new Error(`a session for ${macAddress} is already active`);
    const now = this.now();
    const record: SessionRecord = {
      id: this.ids.take(), server: s.server ?? 'hotspot1', user: s.user, address: s.address, macAddress,
      loginBy: s.loginBy ?? 'http-chap', bytesIn: 0n, bytesOut: 0n, packetsIn: 0n, packetsOut: 0n, rate: [0, 0],
      loggedInAt: now - (s.uptimeSeconds ?? 0) * 1000, lastActivityAt: now,
    };
    this.records.push(record);
    return record.id;
  }

  byMac(mac: string): SessionRecord | undefined {
    const wanted = normalizeMac(mac);
    return this.records.find((r) => r.macAddress === wanted);
  }

  removeByMac(mac: string): boolean {
    const record = this.byMac(mac);
    if (record) this.records.splice(this.records.indexOf(record), 1);
    return record !== undefined;
  }

  removeById(ref: string): void {
    for (const id of ref.split(',')) {
      const at = this.records.findIndex((r) => r.id === id);
      if (at < 0) throw new TrapError('no such item', TrapCategory.missingItemOrCommand);
      this.records.splice(at, 1);
    }
  }

  clear(): void {
    this.records.length = 0;
  }

  all(): SessionRecord[] {
    return this.records;
  }

  snapshot(): SimSession[] {
    const now = this.now();
    return this.records.map(({ loggedInAt, lastActivityAt, rate, ...rest }) => ({
      ...rest,
      rate: [...rate],
      uptimeSeconds: Math.floor((now - loggedInAt) / 1000),
      idleSeconds: Math.floor((now - lastActivityAt) / 1000),
    }));
  }

  /** Rows as `/ip/hotspot/active/print` answers them over the API. */
  rows(): Record<string, string>[] {
    return this.snapshot().map((s) => ({
      '.id': s.id, server: s.server, user: s.user, address: s.address, 'mac-address': s.macAddress,
      'login-by': s.loginBy, uptime: formatDuration(s.uptimeSeconds), 'idle-time': formatDuration(s.idleSeconds),
      'keepalive-timeout': '2m', 'bytes-in': String(s.bytesIn), 'bytes-out': String(s.bytesOut),
      'packets-in': String(s.packetsIn), 'packets-out': String(s.packetsOut), radius: formatBool(false),
    }));
  }
}
