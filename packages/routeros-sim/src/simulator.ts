/**
 * A MikroTik router as the RouterOS API (port 8728) shows it: `/queue/simple`, `/ip/hotspot/active`,
 * `/ip/hotspot/user` (and `/profile`), `/ppp/secret`, `/ppp/profile`, `/ppp/active`, `/interface`,
 * `/system/identity`, `/system/resource`, with levers for tests and demos (logins, PPPoE dial-ins, traffic,
 * reboot, drift, injected traps, silence, dropped connections, going down and coming back on the same port).
 */
import { ApiServer, ClientConnection } from './api-server';
import { FailurePlan } from './failures';
import { HotspotActiveTable, NewSession, SimSession } from './hotspot';
import { HotspotProfileTable, SimHotspotUserProfile } from './hotspot-profiles';
import { HotspotUserTable, SimHotspotUser } from './hotspot-users';
import { InterfaceTable, SimInterface } from './interfaces';
import {
  handTyped, HotspotLoginRequest, hotspotUserFields, NewHotspotUser, NewPppSecret, PppDialRequest, pppSecretFields,
} from './lever-fields';
import { Reply, RouterState, runCommand, trapReply } from './commands';
import { PppActiveTable, SimPppSession } from './ppp-active';
import { PppProfileTable } from './ppp-profiles';
import { PppSecretTable, SimPppSecret } from './ppp-secrets';
import { QueueTable, SimQueue } from './queues';
import { account, countOnQueues, TrafficPump } from './traffic';
import { TrapCategory } from './trap';
import { ParsedSentence, parseSentence } from './words';

export interface SimOptions {
  /** default 127.0.0.1 */
  host?: string;
  /** 0 (the default) = a free port chosen by the OS */
  port?: number;
  /** default [{ name: 'admin', password: '' }] */
  users?: { name: string; password: string }[];
  /** `/system/identity` name, default 'MikroTik' */
  identity?: string;
  /** `/system/resource` version, default '7.18.2 (stable)' */
  version?: string;
  /** default true: a print without rows answers `!empty` then `!done` (RouterOS 7.18+); false = 6.x */
  emptyReplies?: boolean;
  /** Serve API-SSL (like port 8729) with this PEM key and certificate instead of plain TCP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export class RouterOsSimulator {
  readonly host: string;
  /** Every sentence received, as words, in order (including `/login` and `.tag`). */
  readonly commands: string[][] = [];
  private readonly state: RouterState;
  private readonly traffic: TrafficPump;
  private readonly failures = new FailurePlan();
  private readonly users: { name: string; password: string }[];
  private readonly server: ApiServer;
  private readonly wantedPort: number;
  private bootedAt = Date.now();
  private silent = false;

  constructor(opts: SimOptions = {}) {
    this.users = opts.users ?? [{ name: 'admin', password: '' }];
    this.wantedPort = opts.port ?? 0;
    this.server = new ApiServer(opts.host ?? '127.0.0.1', (c, words) => this.receive(c, words), opts.tls);
    const now = () => Date.now();
    const version = () => this.state.version;
    const hotspotProfiles = new HotspotProfileTable();
    const hotspotUsers = new HotspotUserTable(hotspotProfiles);
    const hotspot = new HotspotActiveTable(now, (s) => {
      // a session that logs out or is kicked: its flow stops, its totals go to its user
      this.traffic.drop(s.id);
      hotspotUsers.recordLogout(s);
    });
    const pppProfiles = new PppProfileTable();
    const pppSecrets = new PppSecretTable(pppProfiles, version);
    const pppActive = new PppActiveTable(now, (s) => pppSecrets.recordLogout(s.name, s.callerId, now()));
    const queues = new QueueTable();
    this.traffic = new TrafficPump(queues, hotspot, now);
    this.state = {
      queues, hotspot, hotspotUsers, hotspotProfiles, pppSecrets, pppProfiles, pppActive,
      interfaces: new InterfaceTable(pppActive, () => this.bootedAt, version),
      identity: opts.identity ?? 'MikroTik',
      version: opts.version ?? '7.18.2 (stable)',
      emptyReplies: opts.emptyReplies ?? true,
      uptimeSeconds: () => Math.floor((now() - this.bootedAt) / 1000),
    };
    this.host = opts.host ?? '127.0.0.1';
  }

  get port(): number {
    return this.server.port || this.wantedPort;
  }

  get connectionCount(): number {
    return this.server.connectionCount;
  }

  async start(): Promise<void> {
    await this.server.listen(this.wantedPort);
  }

  async stop(): Promise<void> {
    this.traffic.stop();
    await this.server.close();
  }

  addSession(s: NewSession): string {
    return this.state.hotspot.add(s);
  }

  /** The session logs out (as if it timed out or was kicked); its queue stays. */
  endSession(macAddress: string): void {
    this.traffic.set(macAddress, null);
    this.state.hotspot.removeByMac(macAddress);
  }

  /** up = the client's upload: session bytes-in and the first half of the queue's `bytes`; down = the second. */
  moveBytes(macAddress: string, bytes: { up: number | bigint; down: number | bigint }): void {
    const session = this.state.hotspot.byMac(macAddress);
    if (!session) throw new Error(`no active hotspot session for ${macAddress}`);
    account(this.state.queues, session, BigInt(bytes.up), BigInt(bytes.down), Date.now());
  }

  /** Continuous traffic in bits per second, shaped by the session's queue; `rate` shows it. null stops it. */
  setTraffic(macAddress: string, bps: { up: number; down: number } | null): void {
    this.traffic.set(macAddress, bps && [bps.up, bps.down]);
  }

  /** Every session, PPP link and connection drops; queues, users and secrets stay, queue counters restart at 0. */
  reboot(): void {
    this.traffic.stop();
    this.state.hotspot.clear();
    this.state.pppActive.clear();
    this.state.queues.resetCounters();
    this.bootedAt = Date.now();
    this.server.cutConnections();
  }

  /** Someone edits a queue by hand (Winbox): same parsing and errors as the API's `set`. */
  editQueue(name: string, fields: Record<string, string>): void {
    if (!this.state.queues.byName(name)) throw new Error(`no queue named ${name}`);
    this.state.queues.set(name, new Map(Object.entries(fields)));
  }

  /** Someone adds a queue by hand; returns its `.id`. */
  addQueue(fields: Record<string, string>): string {
    return this.state.queues.add(new Map(Object.entries(fields)));
  }

  queues(): SimQueue[] {
    return this.state.queues.snapshot();
  }

  sessions(): SimSession[] {
    return this.state.hotspot.snapshot();
  }

  /** Adds a hotspot user as an operator would (`/ip/hotspot/user add`); returns its `.id`. */
  addHotspotUser(user: NewHotspotUser): string {
    return this.state.hotspotUsers.add(hotspotUserFields(user));
  }

  hotspotUsers(): SimHotspotUser[] {
    return this.state.hotspotUsers.snapshot();
  }

  /** Someone edits a hotspot user by hand (Winbox): same parsing and errors as the API's `set`. */
  editHotspotUser(name: string, fields: Record<string, string>): void {
    const user = this.state.hotspotUsers.byName(name);
    if (!user) throw new Error(`no hotspot user named ${name}`);
    this.state.hotspotUsers.set(user.id, handTyped(fields));
  }

  hotspotUserProfiles(): SimHotspotUserProfile[] {
    return this.state.hotspotProfiles.snapshot();
  }

  /**
   * A device logs in through the hotspot login page: refused (throws) for an unknown user, a wrong password
   * (when given), a disabled user or a MAC the user is locked to; otherwise a session like `addSession`.
   */
  login(request: HotspotLoginRequest): string {
    this.state.hotspotUsers.authenticate(request);
    const { user, address, macAddress, uptimeSeconds } = request;
    return this.state.hotspot.add({ user, address, macAddress, uptimeSeconds });
  }

  addPppSecret(secret: NewPppSecret): string {
    return this.state.pppSecrets.add(pppSecretFields(secret));
  }

  pppSecrets(): SimPppSecret[] {
    return this.state.pppSecrets.snapshot();
  }

  /** Someone edits a PPP secret by hand (Winbox): same parsing and errors as the API's `set`. */
  editPppSecret(name: string, fields: Record<string, string>): void {
    const secret = this.state.pppSecrets.byName(name);
    if (!secret) throw new Error(`no PPP secret named ${name}`);
    this.state.pppSecrets.set(secret.id, handTyped(fields));
  }

  /**
   * A PPPoE client connects: refused (throws) when its secret is missing, disabled, for another service,
   * locked to another caller-id or has another password (when given), or when it is already connected.
   * Brings up `/ppp/active` (service pppoe) and its `<pppoe-NAME>` interface with counters at 0.
   */
  dialPpp(dial: PppDialRequest): string {
    const secret = this.state.pppSecrets.authenticate({ ...dial, service: 'pppoe' });
    return this.state.pppActive.add({
      name: secret.name, service: 'pppoe', callerId: dial.callerId, address: dial.address,
      uptimeSeconds: dial.uptimeSeconds, limitBytesIn: secret.limitBytesIn, limitBytesOut: secret.limitBytesOut,
    });
  }

  /** The PPPoE client hangs up: the session and its interface are gone. */
  hangUpPpp(name: string): void {
    if (!this.state.pppActive.removeByName(name)) throw new Error(`no active PPP session for ${name}`);
  }

  /** up = the client's upload = the interface's rx-byte (and the queue's first half); down = tx-byte. */
  movePppBytes(name: string, bytes: { up: number | bigint; down: number | bigint }): void {
    const session = this.state.pppActive.count(name, BigInt(bytes.up), BigInt(bytes.down));
    countOnQueues(this.state.queues, session.address, BigInt(bytes.up), BigInt(bytes.down));
  }

  pppSessions(): SimPppSession[] {
    return this.state.pppActive.snapshot();
  }

  interfaces(): SimInterface[] {
    return this.state.interfaces.snapshot();
  }

  /** The next call(s) of e.g. '/queue/simple/add' answer `!trap =message=…` then `!done`, changing nothing. */
  failNext(commandPath: string, message: string, opts?: { category?: number; times?: number }): void {
    this.failures.add(commandPath, message, opts);
  }

  /** Accepts connections and reads, but answers nothing at all (not even `/login`). */
  setSilent(silent: boolean): void {
    this.silent = silent;
  }

  cutConnections(): void {
    this.server.cutConnections();
  }

  /** Down: connections drop and new ones are refused. Up: listening again on the same port. */
  async setDown(down: boolean): Promise<void> {
    if (down) await this.server.close();
    else await this.server.listen(this.port);
  }

  private receive(connection: ClientConnection, words: string[]): void {
    this.commands.push(words);
    if (this.silent) return;
    const sentence = parseSentence(words);
    if (sentence.command === '/quit') {
      connection.fatal('session terminated on request');
      return;
    }
    let reply: Reply;
    try {
      reply = this.answer(connection, sentence);
    } catch (e) {
      // a simulator bug answers like a router's general failure instead of killing the test run
      reply = trapReply(e instanceof Error ? e.message : String(e), TrapCategory.general);
    }
    connection.reply(reply, sentence.tag);
  }

  private answer(connection: ClientConnection, sentence: ParsedSentence): Reply {
    const injected = this.failures.take(sentence.command);
    if (injected) return trapReply(injected.message, injected.category);
    if (sentence.command === '/login') return this.apiLogin(connection, sentence.attributes);
    if (!connection.loggedIn) return trapReply('not logged in', TrapCategory.api);
    return runCommand(this.state, sentence);
  }

  /** Post-6.43 login: name and password in one `/login`, answered `!done` or a trap. */
  private apiLogin(connection: ClientConnection, attrs: Map<string, string>): Reply {
    const user = this.users.find((u) => u.name === attrs.get('name') && u.password === (attrs.get('password') ?? ''));
    connection.loggedIn = user !== undefined;
    return user ? [['!done']] : trapReply('invalid user name or password (6)');
  }
}
