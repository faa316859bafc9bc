/**
 * One HTTP exchange with a 3x-ui panel: Node's fetch under the panel's base path, a timeout per request,
 * the `3x-ui` session cookie kept, redirects not followed (a redirect to the login page means "not
 * signed in"), and network failures and proxy errors turned into UNREACHABLE.
 */
import { PanelError } from './panel-client';

export interface XuiReply {
  status: number;
  text: string;
}

export interface XuiRequest {
  method: 'GET' | 'POST';
  /** Relative to the base URL, no leading slash: `panel/api/inbounds/list`. */
  path: string;
  /** A JSON body, already serialized. */
  json?: string;
  headers?: Record<string, string>;
}

const GATEWAY_ERRORS = new Set([502, 503, 504]);

function describe(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

export class XuiTransport {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  clearCookies(): void {
    this.cookies.clear();
  }

  async send(req: XuiRequest): Promise<XuiReply> {
    const headers: Record<string, string> = {
      accept: 'application/json, text/html;q=0.9',
      // Marks us as the panel's own front end: v3 then answers an unauthenticated call with 401, not 404.
      'x-requested-with': 'XMLHttpRequest',
      ...(req.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      ...req.headers,
    };
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${this.baseUrl}/${req.path}`, {
        method: req.method,
        headers,
        body: req.json,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      throw new PanelError('UNREACHABLE', `3x-ui at ${this.baseUrl} is unreachable: ${describe(err, this.timeoutMs)}`);
    }
    this.keepCookies(res.headers.getSetCookie());
    if (GATEWAY_ERRORS.has(res.status)) throw new PanelError('UNREACHABLE', `3x-ui at ${this.baseUrl} is unreachable: HTTP ${res.status} from ${req.path}`, res.status);
    return { status: res.status, text };
  }

  private keepCookies(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
