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

  /** `ended` hears of every session that logs out or is kicked (not of those a reboot drops). */
  constructor(
    private readonly now: () => number,
    private readonly ended: (s: SimSession) => void = () => undefined,
  ) {}

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

  byId(id: string): SessionRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  removeByMac(mac: string): boolean {
    const record = this.byMac(mac);
    if (record) this.end(record);
    return record !== undefined;
  }

  /** `/ip/hotspot/active/remove`: the session is kicked and gone at once. */
  removeById(ref: string): void {
    const doomed = ref.split(',').map((id) => {
      const record = this.byId(id);
      if (!record) throw new TrapError('no such item', TrapCategory.missingItemOrCommand);
      return record;
    });
    doomed.forEach((r) => this.end(r));
  }

  clear(): void {
    this.records.length = 0;
  }

  all(): SessionRecord[] {
    return this.records;
  }

  snapshot(): SimSession[] {
    return this.records.map((r) => this.view(r));
  }

  private view({ loggedInAt, lastActivityAt, rate, ...rest }: SessionRecord): SimSession {
    const now = this.now();
    return {
      ...rest,
      rate: [...rate],
      uptimeSeconds: Math.floor((now - loggedInAt) / 1000),
      idleSeconds: Math.floor((now - lastActivityAt) / 1000),
    };
  }

  private end(record: SessionRecord): void {
    const at = this.records.indexOf(record);
    if (at < 0) return;
    this.records.splice(at, 1);
    this.ended(this.view(record));
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
