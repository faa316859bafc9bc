/**
 * A MikroTik router as the RouterOS API (port 8728) shows it: `/queue/simple`, `/ip/hotspot/active`,
 * `/system/identity`, `/system/resource`, with levers for tests and demos (sessions, traffic, reboot,
 * drift, injected traps, silence, dropped connections, going down and coming back on the same port).
 */
import { ApiServer, ClientConnection } from './api-server';
import { FailurePlan } from './failures';
import { HotspotActiveTable, NewSession, SimSession } from './hotspot';
import { Reply, RouterState, runCommand, trapReply } from './commands';
import { QueueTable, SimQueue } from './queues';
import { account, TrafficPump } from './traffic';
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
  private readonly queueTable = new QueueTable();
  private readonly hotspot = new HotspotActiveTable(() => Date.now());
  private readonly traffic = new TrafficPump(this.queueTable, this.hotspot, () => Date.now());
  private readonly failures = new FailurePlan();
  private readonly users: { name: string; password: string }[];
  private readonly server: ApiServer;
  private readonly state: RouterState;
  private readonly wantedPort: number;
  private bootedAt = Date.now();
  private silent = false;

  constructor(opts: SimOptions = {}) {
    this.users = opts.users ?? [{ name: 'admin', password: '' }];
    this.wantedPort = opts.port ?? 0;
    this.server = new ApiServer(opts.host ?? '127.0.0.1', (c, words) => this.receive(c, words), opts.tls);
    this.state = {
      queues: this.queueTable,
      hotspot: this.hotspot,
      identity: opts.identity ?? 'MikroTik',
      version: opts.version ?? '7.18.2 (stable)',
      emptyReplies: opts.emptyReplies ?? true,
      uptimeSeconds: () => Math.floor((Date.now() - this.bootedAt) / 1000),
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
    return this.hotspot.add(s);
  }

  /** The session logs out (as if it timed out or was kicked); its queue stays. */
  endSession(macAddress: string): void {
    this.traffic.set(macAddress, null);
    this.hotspot.removeByMac(macAddress);
  }

  /** up = the client's upload: session bytes-in and the first half of the queue's `bytes`; down = the second. */
  moveBytes(macAddress: string, bytes: { up: number | bigint; down: number | bigint }): void {
    const session = this.hotspot.byMac(macAddress);
    if (!session) throw new Error(`no active hotspot session for ${macAddress}`);
    account(this.queueTable, session, BigInt(bytes.up), BigInt(bytes.down), Date.now());
  }

  /** Continuous traffic in bits per second, shaped by the session's queue; `rate` shows it. null stops it. */
  setTraffic(macAddress: string, bps: { up: number; down: number } | null): void {
    this.traffic.set(macAddress, bps && [bps.up, bps.down]);
  }

  /** Every session and connection drops; queues stay, their counters restart at 0. */
  reboot(): void {
    this.traffic.stop();
    this.hotspot.clear();
    this.queueTable.resetCounters();
    this.bootedAt = Date.now();
    this.server.cutConnections();
  }

  /** Someone edits a queue by hand (Winbox): same parsing and errors as the API's `set`. */
  editQueue(name: string, fields: Record<string, string>): void {
    if (!this.queueTable.byName(name)) throw new Error(`no queue named ${name}`);
    this.queueTable.set(name, new Map(Object.entries(fields)));
  }

  /** Someone adds a queue by hand; returns its `.id`. */
  addQueue(fields: Record<string, string>): string {
    return this.queueTable.add(new Map(Object.entries(fields)));
  }

  queues(): SimQueue[] {
    return this.queueTable.snapshot();
  }

  sessions(): SimSession[] {
    return this.hotspot.snapshot();
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
    if (sentence.command === '/login') return this.login(connection, sentence.attributes);
    if (!connection.loggedIn) return trapReply('not logged in', TrapCategory.api);
    return runCommand(this.state, sentence);
  }

  /** Post-6.43 login: name and password in one `/login`, answered `!done` or a trap. */
  private login(connection: ClientConnection, attrs: Map<string, string>): Reply {
    const user = this.users.find((u) => u.name === attrs.get('name') && u.password === (attrs.get('password') ?? ''));
    connection.loggedIn = user !== undefined;
    return user ? [['!done']] : trapReply('invalid user name or password (6)');
  }
}
