/**
 * One RouterOS API connection over node-routeros 1.6.9, made safe to keep open in a long-running server:
 *
 * - every call (and the connect) has a deadline; past it the connection is destroyed and the call
 *   rejects TIMEOUT, because a router that stops answering never rejects anything by itself;
 * - calls still waiting when the connection dies reject CLOSED (the library would leave them pending);
 * - the library emits its idle-timeout (SOCKTMOUT) and socket errors as an `error` event on the
 *   RouterOSAPI, which crashes the process when nobody listens: we always listen and mark the
 *   connection dead (`alive` false) so the caller reconnects;
 * - RouterOS 7.18+'s `!empty` reply made the library throw an uncaught UNKNOWNREPLY: fixed in the
 *   library itself by /patches/node-routeros+1.6.9.patch (see /patches/README.md), checked at connect.
 */
import type { Socket } from 'node:net';
import { RouterOSAPI } from 'node-routeros';
import { libraryIsPatched, socketOf, tcpConnected, tearDown } from './node-routeros-internals';
import { callError, connectError, connectionLostError, RouterError } from './router-error';

export interface RouterConnectOptions {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
  /** deadline of the connect and of every call */
  timeoutMs: number;
  /** an idle connection is closed after this long (default 60 s, never less than timeoutMs) */
  idleTimeoutMs?: number;
}

/** One reply row (`!re`) as the router sent it: every value a string. */
export type RosRow = Record<string, string>;

const DEFAULT_IDLE_MS = 60_000;
const idleMsOf = (opts: RouterConnectOptions): number => Math.max(opts.idleTimeoutMs ?? DEFAULT_IDLE_MS, opts.timeoutMs);

export class RouterOsClient {
  private readonly pending = new Set<(err: RouterError) => void>();
  private readonly where: string;
  private readonly idleMs: number;
  private socketError?: NodeJS.ErrnoException;
  /** Why the connection is gone; set once, the first reason wins. */
  private deathReason?: RouterError;

  private constructor(
    private readonly api: RouterOSAPI,
    private readonly opts: RouterConnectOptions,
  ) {
    this.where = `${opts.host}:${opts.port}`;
    this.idleMs = idleMsOf(opts);
    // Emitted only after login (idle timeout, reset); without a listener it would be an uncaught exception.
    api.on('error', (err: unknown) => this.die(connectionLostError(err, this.where, this.idleMs, this.socketError)));
    api.on('close', () => this.die(new RouterError('CLOSED', `Router at ${this.where} closed the connection`)));
  }

  /** Connects and logs in; rejects RouterError within `timeoutMs`. */
  static async connect(opts: RouterConnectOptions): Promise<RouterOsClient> {
    if (!libraryIsPatched()) {
      throw new RouterError('PROTOCOL', 'node-routeros is missing its fix from /patches: run npm install at the repository root');
    }
    const api = new RouterOSAPI({
      host: opts.host,
      port: opts.port,
      user: opts.username,
      password: opts.password,
      // RouterOS api-ssl usually has a self-signed certificate: the link is encrypted, the router is not authenticated.
      tls: opts.tls ? { rejectUnauthorized: false } : undefined,
      timeout: idleMsOf(opts) / 1000,
    });
    const client = new RouterOsClient(api, opts);
    const login = api.connect();
    client.watch(socketOf(api));
    await client.guard(
      login,
      (err) => connectError(err, client.where, client.socketError),
      () =>
        tcpConnected(api)
          ? new RouterError('TIMEOUT', `Router did not answer within ${opts.timeoutMs} ms`)
          : new RouterError('UNREACHABLE', `Cannot reach ${client.where} (no answer within ${opts.timeoutMs} ms)`),
    );
    return client;
  }

  /** False once the connection failed, timed out, was closed by either side or went idle too long. */
  get alive(): boolean {
    return this.deathReason === undefined;
  }

  /** `print` of a menu such as '/queue/simple'; `query` becomes exact-match `?key=value` words. */
  async print(path: string, query: Record<string, string> = {}): Promise<RosRow[]> {
    return this.command([`${menu(path)}/print`, ...Object.entries(query).map(([k, v]) => `?${k}=${v}`)]);
  }

  /** Adds an item and returns its new `.id` (RouterOS's `=ret=`). */
  async add(path: string, fields: Record<string, string>): Promise<string> {
    const rows = await this.command([`${menu(path)}/add`, ...attributes(fields)]);
    const id = rows.find((r) => r.ret)?.ret;
    if (!id) throw new RouterError('PROTOCOL', `Router did not return the new item's id for ${menu(path)}/add`);
    return id;
  }

  async set(path: string, id: string, fields: Record<string, string>): Promise<void> {
    await this.command([`${menu(path)}/set`, `=.id=${id}`, ...attributes(fields)]);
  }

  async remove(path: string, id: string): Promise<void> {
    await this.command([`${menu(path)}/remove`, `=.id=${id}`]);
  }

  /** Any sentence: the command word first, then `=attr=value`, `?query` words. */
  async command(words: string[]): Promise<RosRow[]> {
    if (this.deathReason) throw this.closedError(this.deathReason);
    const rows = await this.guard(
      this.api.write([...words]),
      callError,
      () => new RouterError('TIMEOUT', `Router did not answer within ${this.opts.timeoutMs} ms`),
    );
    return rows.map(asRow);
  }

  /** Drops the connection at once (calls still waiting reject CLOSED). Never throws. */
  async close(): Promise<void> {
    this.die(new RouterError('CLOSED', `Connection to ${this.where} was closed`));
  }

  /**
   * Keeps the socket's own error (the library keeps only its errno, we want ECONNREFUSED…), and turns
   * Nagle off: the library writes each word separately, which otherwise stalls every command ~40 ms.
   */
  private watch(socket: Socket | undefined): void {
    socket?.setNoDelay(true);
    socket?.on('error', (err: NodeJS.ErrnoException) => {
      this.socketError ??= err;
    });
  }

  /**
   * Waits for `work` at most timeoutMs. On timeout the connection is destroyed (its state is unknown)
   * and the call rejects with `timeout()`; if the connection dies first, it rejects with that reason.
   */
  private guard<T>(work: Promise<T>, failed: (err: unknown) => RouterError, timeout: () => RouterError): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const settle = (err: RouterError | undefined, value?: T): void => {
        if (!this.pending.delete(abort)) return;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(value as T);
      };
      const abort = (err: RouterError): void => settle(err);
      this.pending.add(abort);
      const timer = setTimeout(() => {
        const err = timeout();
        settle(err);
        this.die(new RouterError('CLOSED', `Connection to ${this.where} dropped: ${err.message}`));
      }, this.opts.timeoutMs);
      work.then(
        (value) => settle(undefined, value),
        (err: unknown) => {
          const error = failed(err);
          settle(error);
          // a refused command (TRAP) or an unreadable reply (PROTOCOL) leaves the connection usable
          if (error.kind !== 'TRAP' && error.kind !== 'PROTOCOL') this.die(error);
        },
      );
    });
  }

  private closedError(reason: RouterError): RouterError {
    return new RouterError('CLOSED', reason.kind === 'CLOSED' ? reason.message : `Connection to ${this.where} closed: ${reason.message}`);
  }

  private die(reason: RouterError): void {
    if (this.deathReason) return;
    this.deathReason = reason;
    tearDown(this.api);
    for (const abort of [...this.pending]) abort(reason);
  }
}

function menu(path: string): string {
  if (!path.startsWith('/')) throw new RouterError('PROTOCOL', `A RouterOS menu starts with '/': ${path}`);
  return path.replace(/\/+$/, '');
}

function attributes(fields: Record<string, string>): string[] {
  return Object.entries(fields).map(([k, v]) => `=${k}=${v}`);
}

function asRow(data: Record<string, unknown>): RosRow {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
}
