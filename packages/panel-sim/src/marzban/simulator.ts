/**
 * A Marzban (0.8.x) or PasarGuard (5.x) panel: its admin API over HTTP, its users and their traffic
 * counters under the panel's own rules, and the `/__sim/` control API (control.ts) on the same port.
 */
import { controlHandler } from '../control';
import { HttpSim } from '../http-sim';
import type { PanelSimulator, SimUserSpec, SimUserState } from '../panel-simulator';
import { AdminTokens } from './auth';
import { type PanelContext, registerPanelRoutes } from './routes';
import { modify, type PanelFlavour, recordTraffic, resetUsage, review, toggleDisabled } from './user-rules';
import { simState, UserStore } from './user-store';

export interface MarzbanSimulatorOptions {
  kind: PanelFlavour;
  /** The panel's admin (a sudo admin in Marzban, the owner in PasarGuard). */
  username: string;
  password: string;
  port?: number;
  host?: string;
  /** A path prefix in front of /api, as a reverse proxy in front of the panel may add. */
  basePath?: string;
  /** What GET /api/system reports; defaults to the versions whose source this simulates. */
  version?: string;
  /** Cap on users per page of GET /api/users, to make a few users span pages (neither panel caps). */
  pageLimit?: number;
  /** JWT_ACCESS_TOKEN_EXPIRE_MINUTES in seconds; both panels default to 1440 minutes. */
  tokenTtlSeconds?: number;
  /** The panel's clock; tests move it to pass an expiry. */
  now?: () => Date;
}

const DEFAULT_VERSION: Record<PanelFlavour, string> = { MARZBAN: '0.8.4', PASARGUARD: '5.2.1' };

const toBytes = (n: number): bigint => {
  if (!Number.isFinite(n) || n < 0) throw new Error(`bytes must be a number >= 0, got ${n}`);
  return BigInt(Math.trunc(n));
};

export class MarzbanSimulator implements PanelSimulator {
  readonly kind: PanelFlavour;
  readonly http: HttpSim;
  private readonly store: UserStore;
  private readonly tokens: AdminTokens;
  private readonly now: () => Date;
  private readonly bandwidth = { up: 0n, down: 0n };
  private usersUsage = 0n;

  constructor(opts: MarzbanSimulatorOptions) {
    this.kind = opts.kind;
    this.now = opts.now ?? (() => new Date());
    this.store = new UserStore(opts.kind, this.now);
    this.tokens = new AdminTokens(opts.kind, opts.tokenTtlSeconds ?? 1440 * 60, this.now);
    this.http = new HttpSim({ port: opts.port, host: opts.host, basePath: opts.basePath });
    const context: PanelContext = {
      flavour: opts.kind,
      store: this.store,
      tokens: this.tokens,
      admin: { username: opts.username, password: opts.password },
      version: opts.version ?? DEFAULT_VERSION[opts.kind],
      pageLimit: opts.pageLimit,
      startedAt: this.now(),
      now: this.now,
      owner: () => ({ username: opts.username, usersUsage: this.usersUsage }),
      bandwidth: () => ({ ...this.bandwidth }),
    };
    registerPanelRoutes(this.http, context);
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

  addUser(spec: SimUserSpec): void {
    this.store.add(spec);
  }

  removeUser(key: string): void {
    this.store.remove(this.store.require(key).username);
  }

  addTraffic(key: string, up: number, down: number): void {
    const user = this.store.require(key);
    const [u, d] = [toBytes(up), toBytes(down)];
    recordTraffic(user, u + d, this.now());
    this.bandwidth.up += u;
    this.bandwidth.down += d;
    this.usersUsage += u + d;
    review(user, this.kind, this.now());
  }

  resetUser(key: string): void {
    resetUsage(this.store.require(key), this.kind, this.now());
  }

  /** What the panel's own UI does: Marzban edits the status, PasarGuard's toggle resolves "enabled". */
  setEnabled(key: string, enabled: boolean): void {
    const user = this.store.require(key);
    if (this.kind === 'PASARGUARD') toggleDisabled(user, !enabled, this.now());
    else modify(user, { status: enabled ? 'active' : 'disabled' }, this.kind, this.now());
    review(user, this.kind, this.now());
  }

  user(key: string): SimUserState | undefined {
    this.store.reviewAll();
    const user = this.store.get(key);
    return user && simState(user);
  }

  users(): SimUserState[] {
    this.store.reviewAll();
    return this.store.all().map(simState);
  }

  expireSessions(): void {
    this.tokens.expireAll();
  }
}
