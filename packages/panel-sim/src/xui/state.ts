/**
 * What a 3x-ui panel's database holds (inbounds with their settings JSON, client_traffics rows) and what
 * its services and periodic jobs do to it (web/service/inbound.go): counting traffic, starting delayed
 * expiries, disabling depleted clients, resets. Client edits live in client-ops.ts.
 */
import { type ClientEntry, DEFAULT_SNIFFING, DEFAULT_STREAM, emptySettings, goIndent, int, text, type XuiClientTraffic, type XuiInbound } from './models';
import { goError, recordNotFound } from './messages';

export class XuiState {
  readonly inbounds = new Map<number, XuiInbound>();
  /** client_traffics by email (the column is unique). */
  readonly traffics = new Map<string, XuiClientTraffic>();
  /** Bytes each email ever moved, resets included: the simulator's own tally, not the panel's. */
  readonly moved = new Map<string, bigint>();
  private nextTrafficId = 1;

  constructor(readonly now: () => number = Date.now) {}

  getInbound(id: number): XuiInbound {
    const inbound = this.inbounds.get(id);
    if (!inbound) throw recordNotFound();
    return inbound;
  }

  /** A JSON-text column as Go's map[string]any; null when it is not a JSON object. */
  parseObject(column: string): Record<string, unknown> | null {
    try {
      const v: unknown = JSON.parse(column);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  /** The settings object (Go: map[string]any); null when settings is not JSON. */
  settingsOf(inbound: XuiInbound): Record<string, unknown> | null {
    return this.parseObject(inbound.settings);
  }

  clientsOf(inbound: XuiInbound): ClientEntry[] {
    const clients = this.settingsOf(inbound)?.clients;
    return Array.isArray(clients) ? clients.filter((c): c is ClientEntry => !!c && typeof c === 'object') : [];
  }

  /** Writes the clients back the way the panel does: the whole settings map re-marshalled, keys sorted. */
  writeClients(inbound: XuiInbound, clients: ClientEntry[]): void {
    const settings = this.settingsOf(inbound) ?? {};
    settings.clients = clients;
    inbound.settings = goIndent(settings);
  }

  findClient(email: string): { inbound: XuiInbound; entry: ClientEntry } | undefined {
    for (const inbound of this.inbounds.values()) {
      const entry = this.clientsOf(inbound).find((c) => text(c.email) === email);
      if (entry) return { inbound, entry };
    }
    return undefined;
  }

  /** Is this email taken anywhere (the panel compares case-insensitively)? */
  emailTaken(email: string): boolean {
    const lower = email.toLowerCase();
    return [...this.inbounds.values()].some((i) => this.clientsOf(i).some((c) => text(c.email).toLowerCase() === lower));
  }

  /** An inbound as the panel's UI creates one; `id` is the one asked for, or the next free one. */
  createInbound(fields: Partial<XuiInbound> & { protocol: string }, id?: number): XuiInbound {
    const newId = id ?? Math.max(0, ...this.inbounds.keys()) + 1;
    const port = fields.port ?? 20000 + newId;
    const listen = fields.listen ?? '';
    if ([...this.inbounds.values()].some((i) => i.port === port && (i.listen === listen || !i.listen || !listen))) throw goError('Port already exists:', port);
    const inbound: XuiInbound = {
      id: newId,
      up: 0n,
      down: 0n,
      total: 0n,
      allTime: 0n,
      remark: `inbound-${newId}`,
      enable: true,
      expiryTime: 0,
      trafficReset: 'never',
      lastTrafficResetTime: 0,
      listen,
      port,
      settings: JSON.stringify(emptySettings(fields.protocol), null, 2),
      streamSettings: DEFAULT_STREAM,
      sniffing: DEFAULT_SNIFFING,
      ...fields,
      tag: !listen || ['0.0.0.0', '::', '::0'].includes(listen) ? `inbound-${port}` : `inbound-${listen}:${port}`,
    };
    this.inbounds.set(newId, inbound);
    return inbound;
  }

  deleteInbound(id: number): void {
    this.inbounds.delete(id);
    for (const [email, t] of this.traffics) if (t.inboundId === id) this.traffics.delete(email);
  }

  /** AddClientStat: a fresh row from the client entry (counters at zero). */
  addTrafficRow(inboundId: number, entry: ClientEntry): void {
    const email = text(entry.email);
    this.traffics.set(email, {
      id: this.nextTrafficId++,
      inboundId,
      enable: entry.enable === true,
      email,
      up: 0n,
      down: 0n,
      allTime: 0n,
      expiryTime: int(entry.expiryTime),
      total: BigInt(int(entry.totalGB)),
      reset: int(entry.reset),
      lastOnline: 0,
    });
  }

  /** The xray traffic job's tick for one client: counters grow, then the panel's rules run. */
  addTraffic(email: string, up: bigint, down: bigint): void {
    const t = this.traffics.get(email);
    if (!t) throw new Error(`no client ${email}`);
    const inbound = this.getInbound(t.inboundId);
    if (t.expiryTime < 0 && up + down > 0n) this.startDelayedExpiry(t, inbound);
    t.up += up;
    t.down += down;
    t.allTime += up + down;
    if (up + down > 0n) t.lastOnline = this.now();
    inbound.up += up;
    inbound.down += down;
    inbound.allTime += up + down;
    this.moved.set(email, (this.moved.get(email) ?? 0n) + up + down);
    this.disableInvalidClients();
  }

  /** adjustTraffics: a negative expiryTime is a duration that starts with the first byte. */
  private startDelayedExpiry(t: XuiClientTraffic, inbound: XuiInbound): void {
    const now = this.now();
    t.expiryTime = now - t.expiryTime;
    this.writeClients(
      inbound,
      this.clientsOf(inbound).map((c) => (text(c.email) === t.email ? { ...c, expiryTime: t.expiryTime, updated_at: now } : c)),
    );
  }

  /** True when the panel's job would disable this row: over its total or past its expiry. */
  isDepleted(t: XuiClientTraffic): boolean {
    return (t.total > 0n && t.up + t.down >= t.total) || (t.expiryTime > 0 && t.expiryTime <= this.now());
  }

  /** disableInvalidClients: enable=false in client_traffics and in the settings entry. */
  disableInvalidClients(): void {
    const now = this.now();
    for (const t of this.traffics.values()) {
      if (!t.enable || !this.isDepleted(t)) continue;
      t.enable = false;
      const inbound = this.inbounds.get(t.inboundId);
      if (!inbound) continue;
      this.writeClients(
        inbound,
        this.clientsOf(inbound).map((c) => (text(c.email) === t.email ? { ...c, enable: false, updated_at: now } : c)),
      );
    }
  }

  /** ResetClientTraffic: the row found by email (whatever inbound the URL named), zeroed and enabled. */
  resetClientTraffic(inboundId: number, email: string): void {
    const t = this.trafficWithClient(email).traffic;
    t.up = 0n;
    t.down = 0n;
    t.enable = true;
    const inbound = this.inbounds.get(inboundId);
    if (inbound) inbound.lastTrafficResetTime = this.now();
  }

  /** ResetAllClientTraffics: id -1 means every inbound. */
  resetAllClientTraffics(id: number): void {
    for (const t of this.traffics.values()) {
      if (id !== -1 && t.inboundId !== id) continue;
      t.up = 0n;
      t.down = 0n;
      t.enable = true;
    }
    for (const i of this.inbounds.values()) if (id === -1 || i.id === id) i.lastTrafficResetTime = this.now();
  }

  /** ResetAllTraffics: the inbounds' own counters only; clients keep theirs. */
  resetAllTraffics(): void {
    for (const i of this.inbounds.values()) {
      i.up = 0n;
      i.down = 0n;
    }
  }

  resetInboundTraffic(id: number): void {
    const i = this.inbounds.get(id);
    if (i) {
      i.up = 0n;
      i.down = 0n;
    }
  }

  /** GetClientByEmail: the traffic row and its settings entry, with the panel's two error texts. */
  trafficWithClient(email: string): { traffic: XuiClientTraffic; entry: ClientEntry; inbound: XuiInbound } {
    const traffic = this.traffics.get(email);
    const inbound = traffic && this.inbounds.get(traffic.inboundId);
    if (!traffic || !inbound) throw goError('Inbound Not Found For Email:', email);
    const entry = this.clientsOf(inbound).find((c) => text(c.email) === email);
    if (!entry) throw goError('Client Not Found In Inbound For Email:', email);
    return { traffic, entry, inbound };
  }
}
