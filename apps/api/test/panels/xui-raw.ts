/** Raw HTTP callers and simulators for the 3x-ui simulator's own tests (no connector client involved). */
import { XuiSimulator } from '@tm/panel-sim';

export interface Reply {
  status: number;
  text: string;
  json: any;
  headers: Headers;
}

/** A bare HTTP caller that keeps the `3x-ui` cookie and, when told, sends a CSRF token or a Bearer token. */
export class Raw {
  cookie = '';
  csrf = '';
  constructor(private readonly base: string) {}

  async req(method: string, path: string, opts: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(this.cookie ? { cookie: this.cookie } : {}), ...opts.headers };
    const body = opts.json !== undefined ? JSON.stringify(opts.json) : opts.form && new URLSearchParams(opts.form).toString();
    if (body !== undefined) headers['content-type'] = opts.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded';
    const res = await fetch(`${this.base}${path}`, { method, headers, body, redirect: 'manual' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('3x-ui='));
    if (cookie) this.cookie = cookie.split(';')[0];
    const text = await res.text();
    return { status: res.status, text, json: /^[[{]/.test(text) ? JSON.parse(text) : undefined, headers: res.headers };
  }

  /** v3: the token the login page's script would read. */
  async fetchCsrf(): Promise<string> {
    this.csrf = (await this.req('GET', '/csrf-token')).json.obj;
    return this.csrf;
  }

  async login(username = 'admin', password = 'secret', extra: Record<string, string> = {}): Promise<Reply> {
    return this.req('POST', '/login', { form: { username, password, ...extra }, headers: this.csrf ? { 'x-csrf-token': this.csrf } : {} });
  }

  post(path: string, json?: unknown): Promise<Reply> {
    return this.req('POST', path, { json, headers: this.csrf ? { 'x-csrf-token': this.csrf } : {} });
  }
}

export const API = '/panel/api/inbounds';
const sims: XuiSimulator[] = [];
export async function startSim(major: 2 | 3, extra: Partial<ConstructorParameters<typeof XuiSimulator>[0]> = {}): Promise<XuiSimulator> {
  const sim = new XuiSimulator({ major, username: 'admin', password: 'secret', ...extra });
  await sim.start();
  sims.push(sim);
  return sim;
}
/** A raw caller signed in the way each version wants (v3: CSRF token first). */
export async function signedIn(sim: XuiSimulator): Promise<Raw> {
  const raw = new Raw(sim.url);
  if (sim.major === 3) await raw.fetchCsrf();
  expect((await raw.login()).json.success).toBe(true);
  return raw;
}

/** Every simulator a test started, stopped. */
export async function stopSims(): Promise<void> {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
}
