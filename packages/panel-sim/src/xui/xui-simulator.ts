/**
 * A 3x-ui panel, v2.x (modelled on v2.9.4: cookie session, no CSRF) or v3.x (modelled on v3.0.2, the
 * last v3 with the inbound-scoped client API: CSRF token, Bearer API tokens; or, given a `version` of
 * 3.1.0 or later, on that release up to v3.6.0: the email-keyed clients API, see versions.ts), under a
 * random web base path, speaking its HTTP API with its envelopes, status codes and messages; plus the
 * control surface tests and the demo drive it with.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { controlHandler } from '../control';
import { HttpSim } from '../http-sim';
import type { PanelSimulator, SimUserSpec, SimUserState } from '../panel-simulator';
import { LoginLimiter, SessionStore } from './auth';
import { addClients } from './client-ops';
import { attachments } from './client-records';
import { resetTrafficByEmail } from './clients-ops';
import type { XuiContext } from './context';
import { messagesOf, type XuiMessages } from './messages';
import { type ClientEntry, clientKeyField, text } from './models';
import { registerApiRoutes } from './routes-api';
import { registerAuthRoutes } from './routes-auth';
import { XuiState } from './state';
import { featuresOf, type XuiFeatures } from './versions';

export interface XuiSimulatorOptions {
  major: 2 | 3;
  username: string;
  password: string;
  port?: number;
  host?: string;
  /** The web base path (default: 18 random letters and digits, as the installer picks). */
  basePath?: string;
  /** Turns two-factor login on with this base32 TOTP secret. */
  totpSecret?: string;
  /** v3: an API token accepted as `Authorization: Bearer <token>` on /panel/api. */
  apiToken?: string;
  /** Default 2.9.4 / 3.0.2. With major 3, 3.1.0 or later switches client operations to the clients API. */
  version?: string;
}

const alnum = (length: number): string =>
  [...randomBytes(length)].map((b) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[b % 62]).join('');

/** A client entry as the panel's UI builds one for this protocol (the server adds created_at/updated_at). */
function newEntry(protocol: string, spec: SimUserSpec): ClientEntry {
  const common = {
    email: spec.key,
    limitIp: 0,
    totalGB: spec.dataLimit ?? 0,
    expiryTime: spec.expiresAt ? spec.expiresAt.getTime() : 0,
    enable: spec.enabled ?? true,
    tgId: 0,
    subId: alnum(16).toLowerCase(),
    comment: '',
    reset: 0,
  };
  if (protocol === 'trojan') return { password: alnum(10), ...common };
  if (protocol === 'shadowsocks') return { method: '', password: randomBytes(32).toString('base64'), ...common };
  if (protocol === 'hysteria' || protocol === 'hysteria2') return { auth: alnum(16), ...common };
  if (protocol === 'vmess') return { id: randomUUID(), security: 'auto', ...common };
  return { id: randomUUID(), flow: '', ...common };
}

export class XuiSimulator implements PanelSimulator, XuiContext {
  readonly kind = 'XUI' as const;
  readonly http: HttpSim;
  readonly major: 2 | 3;
  readonly version: string;
  readonly features: XuiFeatures;
  readonly msg: XuiMessages;
  readonly panelBasePath: string;
  readonly username: string;
  readonly password: string;
  readonly totpSecret: string | null;
  readonly apiToken: string | null;
  readonly state = new XuiState();
  readonly sessions: SessionStore;
  readonly limiter = new LoginLimiter();
  updateCheckOnline = true;

  constructor(opts: XuiSimulatorOptions) {
    this.major = opts.major;
    this.version = opts.version ?? (opts.major === 3 ? '3.0.2' : '2.9.4');
    this.features = featuresOf(opts.major, this.version);
    this.msg = messagesOf(this.features.clientsApi);
    this.username = opts.username;
    this.password = opts.password;
    this.totpSecret = opts.totpSecret ?? null;
    this.apiToken = opts.major === 3 ? (opts.apiToken ?? null) : null;
    this.http = new HttpSim({ port: opts.port, host: opts.host, basePath: opts.basePath ?? `/${alnum(18)}/` });
    this.panelBasePath = `${this.http.basePath}/`;
    this.sessions = new SessionStore(this.panelBasePath);
    this.http.notFound = { status: 404 };
    registerAuthRoutes(this.http, this);
    registerApiRoutes(this.http, this);
    this.http.control = controlHandler(this);
  }

  get url(): string {
    return this.http.url;
  }

  start(): Promise<void> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** A new client (its inbound created on demand: `inbound-<id>`, vless unless `protocol` says otherwise), or new limits for an existing one. */
  addUser(spec: SimUserSpec): void {
    const existing = this.state.findClient(spec.key);
    if (existing) {
      this.editEntry(spec.key, {
        totalGB: spec.dataLimit ?? 0,
        expiryTime: spec.expiresAt ? spec.expiresAt.getTime() : 0,
        enable: spec.enabled ?? true,
      });
      return;
    }
    const inboundId = spec.inbound ?? 1;
    const inbound = this.state.inbounds.get(inboundId) ?? this.state.createInbound({ protocol: spec.protocol ?? 'vless' }, inboundId);
    addClients(this.state, this.major, { id: inbound.id, settings: JSON.stringify({ clients: [newEntry(inbound.protocol, spec)] }) });
  }

  /** Deleted in the panel by hand (even an inbound's last client, which the v2/v3.0 API refuses), from every inbound. */
  removeUser(key: string): void {
    for (const { inbound } of attachments(this.state, key)) this.state.writeClients(inbound, this.state.clientsOf(inbound).filter((c) => text(c.email) !== key));
    this.state.traffics.delete(key);
  }

  addTraffic(key: string, up: number, down: number): void {
    this.state.addTraffic(key, BigInt(up), BigInt(down));
  }

  /** The panel's "reset traffic" on this client: counters zeroed, its stats row enabled again (from v3.4.0 the client too). */
  resetUser(key: string): void {
    const t = this.state.traffics.get(key);
    if (this.features.clientsApi && t) resetTrafficByEmail(this.state, this.features, key);
    else if (t) this.state.resetClientTraffic(t.inboundId, key);
  }

  /** v3.1 on: the client attached to one more inbound as well (clients/:email/attach), sharing its counters row. */
  attachUser(key: string, inboundId: number): void {
    const found = this.state.findClient(key);
    if (!found || !this.features.clientsApi) throw new Error(`no client ${key}, or a panel without the clients API`);
    const inbound = this.state.inbounds.get(inboundId) ?? this.state.createInbound({ protocol: found.inbound.protocol }, inboundId);
    this.state.writeClients(inbound, [...this.state.clientsOf(inbound), { ...found.entry, updated_at: this.state.now() }]);
  }

  /** The panel's enable switch: the entry's `enable` and the stats row follow (what updateClient does). */
  setEnabled(key: string, enabled: boolean): void {
    this.editEntry(key, { enable: enabled });
  }

  /** The client's entry in its inbound's settings, as the panel stores it. */
  clientEntry(key: string): ClientEntry | undefined {
    return this.state.findClient(key)?.entry;
  }

  /** The key a URL names this client by (`updateClient/:clientId`): uuid, trojan password, ss email… */
  clientId(key: string): string {
    const found = this.state.findClient(key);
    return found ? text(found.entry[clientKeyField(found.inbound.protocol)]) : '';
  }

  user(key: string): SimUserState | undefined {
    const found = this.state.findClient(key);
    const t = this.state.traffics.get(key);
    if (!found && !t) return undefined;
    const enabled = (found?.entry.enable ?? false) === true && (t?.enable ?? true);
    const up = Number(t?.up ?? 0n);
    const down = Number(t?.down ?? 0n);
    const expiry = t?.expiryTime ?? 0;
    return {
      key,
      inbound: found?.inbound.id ?? t?.inboundId ?? null,
      enabled,
      status: enabled ? 'enabled' : t && this.state.isDepleted(t) ? 'depleted' : 'disabled',
      up,
      down,
      used: up + down,
      moved: Number(this.state.moved.get(key) ?? 0n),
      dataLimit: Number(t?.total ?? 0n),
      expiresAt: expiry > 0 ? new Date(expiry).toISOString() : null,
    };
  }

  users(): SimUserState[] {
    const keys = new Set<string>(this.state.traffics.keys());
    for (const i of this.state.inbounds.values()) for (const c of this.state.clientsOf(i)) if (text(c.email)) keys.add(text(c.email));
    return [...keys].map((k) => this.user(k)).filter((u): u is SimUserState => u !== undefined);
  }

  expireSessions(): void {
    this.sessions.expireAll();
  }

  /** v3: every session's CSRF token changes, so the one a client holds is refused (403) until it fetches the new one. */
  rotateCsrfTokens(): void {
    this.sessions.rotateCsrfTokens();
  }

  /** The patch applied to the client's entry in every inbound it is in. */
  private editEntry(key: string, patch: ClientEntry): void {
    const atts = attachments(this.state, key);
    if (atts.length === 0) throw new Error(`no client ${key}`);
    const now = this.state.now();
    const next: ClientEntry = { ...atts[0].entry, ...patch, updated_at: now };
    for (const { inbound } of atts) this.state.writeClients(inbound, this.state.clientsOf(inbound).map((c) => (text(c.email) === key ? { ...c, ...patch, updated_at: now } : c)));
    const t = this.state.traffics.get(key);
    if (t) Object.assign(t, { enable: next.enable === true, total: BigInt(Number(next.totalGB ?? 0)), expiryTime: Number(next.expiryTime ?? 0) });
  }
}
