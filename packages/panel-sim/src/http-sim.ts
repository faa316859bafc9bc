/**
 * The HTTP base every panel simulator stands on: a node:http server with a tiny router, request
 * bodies (JSON, form, multipart-less), cookies, a request log, and the faults tests inject
 * (go down and back up on the same port, answer slowly, fail the next N requests).
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SimRequest {
  method: string;
  /** Path with the simulator's base path removed, no query string. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  cookies: Record<string, string>;
  /** Parsed body: JSON object, or form fields as an object of strings; raw text kept too. */
  body: Record<string, unknown>;
  rawBody: string;
}

export interface SimResponse {
  status: number;
  /** An object/array is sent as JSON; a string as text/plain; undefined as an empty body. */
  body?: unknown;
  headers?: Record<string, string | string[]>;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface LoggedRequest {
  at: Date;
  method: string;
  path: string;
  status: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: SimHandler;
}

/** `/api/user/:username` → a regexp and its parameter names. */
function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        keys.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), keys };
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { _: v };
  } catch {
    return {};
  }
}

export interface HttpSimOptions {
  port?: number;
  host?: string;
  /** A prefix every panel route sits under (3x-ui's random web base path), e.g. `/x7Kq2/`. */
  basePath?: string;
}

export class HttpSim {
  private server: http.Server | null = null;
  private readonly routes: Route[] = [];
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;
  private readonly host: string;
  readonly basePath: string;
  /** Every panel request (not the control API), oldest first. */
  readonly requests: LoggedRequest[] = [];
  /** Milliseconds every panel answer waits. */
  delayMs = 0;
  private failures: { response: SimResponse; only: RegExp | null }[] = [];
  /** When set, what an unknown path, a wrong method or a path outside the base path answers (3x-ui: gin's bare 404). */
  notFound: SimResponse | null = null;

  constructor(opts: HttpSimOptions = {}) {
    this.boundPort = opts.port ?? 0;
    this.host = opts.host ?? '127.0.0.1';
    const base = (opts.basePath ?? '/').replace(/\/+$/, '');
    this.basePath = base.startsWith('/') || base === '' ? base : `/${base}`;
  }

  /** Registers a panel route, relative to the base path: `route('POST', '/api/admin/token', h)`. */
  route(method: string, path: string, handler: SimHandler): void {
    this.routes.push({ method, ...compile(path), handler });
  }

  get port(): number {
    return this.boundPort;
  }

  /** What a connector is configured with: scheme, host, port and base path (no trailing slash). */
  get url(): string {
    return `http://${this.host}:${this.boundPort}${this.basePath}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** The next `count` panel requests answer `response` (a 500, a 502 from a proxy, a panel error…). */
  failNext(count: number, response: SimResponse = { status: 500, body: 'Internal Server Error' }, only: RegExp | null = null): void {
    for (let i = 0; i < count; i++) this.failures.push({ response, only });
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, this.host, () => resolve());
    });
    this.boundPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Down: connections are cut and the port refuses; `start()` brings it back on the same port. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Hook for a control API: requests under `/__sim/` (outside the base path) go here, never logged or faulted. */
  control: SimHandler | null = null;

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://sim');
    const method = (req.method ?? 'GET').toUpperCase();
    const base: Omit<SimRequest, 'path' | 'params'> = {
      method,
      query: url.searchParams,
      headers: req.headers,
      cookies: parseCookies(req.headers.cookie),
      body: parseBody(rawBody, req.headers['content-type']),
      rawBody,
    };
    try {
      if (url.pathname.startsWith('/__sim/') && this.control) {
        return send(res, await this.control({ ...base, path: url.pathname.slice('/__sim'.length), params: {} }));
      }
      if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
      const answer = await this.dispatch(method, url.pathname, base);
      this.requests.push({ at: new Date(), method, path: url.pathname, status: answer.status });
      if (this.requests.length > 10_000) this.requests.splice(0, this.requests.length - 10_000);
      send(res, answer);
    } catch (err) {
      send(res, { status: 500, body: { detail: err instanceof Error ? err.message : String(err) } });
    }
  }

  private async dispatch(method: string, pathname: string, base: Omit<SimRequest, 'path' | 'params'>): Promise<SimResponse> {
    // A failure aimed at some paths (`only`) waits for a request to one of them.
    const i = this.failures.findIndex((f) => !f.only || f.only.test(pathname));
    if (i >= 0) return this.failures.splice(i, 1)[0].response;
    if (this.basePath && !(pathname === this.basePath || pathname.startsWith(`${this.basePath}/`))) return this.notFound ?? { status: 404, body: '404 page not found' };
    const path = pathname.slice(this.basePath.length) || '/';
    let pathMatched = false;
    for (const r of this.routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
      return r.handler({ ...base, path, params });
    }
    if (this.notFound) return this.notFound;
    return pathMatched ? { status: 405, body: { detail: 'Method Not Allowed' } } : { status: 404, body: { detail: 'Not Found' } };
  }
}

function send(res: http.ServerResponse, r: SimResponse): void {
  const headers: Record<string, string | string[]> = { ...(r.headers ?? {}) };
  let payload = '';
  if (r.body !== undefined) {
    if (typeof r.body === 'string') {
      payload = r.body;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(r.body, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
      headers['content-type'] ??= 'application/json';
    }
  }
  res.writeHead(r.status, headers);
  res.end(payload);
}
