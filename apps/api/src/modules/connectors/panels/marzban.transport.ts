/**
 * One HTTP exchange with a Marzban / PasarGuard panel: Node's fetch with a per-request timeout, the
 * answer's JSON read without losing big integers, and the failures every call shares mapped onto
 * PanelError (connection errors, timeouts and proxy 502/503/504 are UNREACHABLE).
 */
import { PanelError } from './panel-client';

export interface PanelHttpAnswer {
  status: number;
  /** The parsed JSON body; undefined when the body is empty or not JSON. */
  body: unknown;
  text: string;
  headers: Headers;
}

export interface PanelHttpRequest {
  method: string;
  /** Path and query under the base URL, e.g. `/api/users?offset=0`. */
  path: string;
  token?: string;
  form?: Record<string, string>;
  json?: unknown;
}

/**
 * JSON.parse with integers of 16 digits or more kept as strings of digits: the panels are Python and
 * write byte counters of any size, which a JS number would round above 2^53. Strings are matched
 * first so digits inside them are left alone.
 */
export function parseExactJson(text: string): unknown {
  const quoted = text.replace(/"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g, (match, big?: string) => (big ? `"${big}"` : match));
  return JSON.parse(quoted);
}

/** A byte count from a JSON integer (number or the digit string parseExactJson made of it). */
export function toBytes(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value));
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return null;
}

/**
 * FastAPI's `detail` as one line: a string as is, the panels' `{field: msg}` validation map and
 * FastAPI's own `[{loc, msg}]` list joined.
 */
export function detailOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || !('detail' in body)) return null;
  const d = (body as { detail: unknown }).detail;
  if (typeof d === 'string') return d;
  if (Array.isArray(d)) return d.map((e: { loc?: unknown[]; msg?: string }) => `${String(e.loc?.at(-1) ?? '')}: ${e.msg ?? ''}`).join('; ');
  if (d && typeof d === 'object') return Object.entries(d).map(([k, v]) => `${k}: ${String(v)}`).join('; ');
  return JSON.stringify(d);
}

/** Why fetch failed: its timeout, or the socket error undici wraps in `cause` (ECONNREFUSED, ENOTFOUND…). */
function describeFailure(err: unknown, timeoutMs: number): string {
  // Duck-typed: the DOMException a timed-out fetch rejects with may come from another realm.
  const { name, message, cause } = (err ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return cause?.code ?? cause?.message ?? message ?? String(err);
}

export async function panelFetch(baseUrl: string, timeoutMs: number, req: PanelHttpRequest): Promise<PanelHttpAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(req.form).toString();
  } else if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  }
  const where = `${req.method} ${baseUrl}${req.path.replace(/\?.*$/, '')}`;
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${baseUrl}${req.path}`, { method: req.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    text = await res.text();
  } catch (err) {
    throw new PanelError('UNREACHABLE', `${where}: ${describeFailure(err, timeoutMs)}`);
  }
  let parsed: unknown;
  try {
    parsed = text ? parseExactJson(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (res.status === 502 || res.status === 503 || res.status === 504) {
    throw new PanelError('UNREACHABLE', `${where}: HTTP ${res.status}${detailOf(parsed) ? ` ${detailOf(parsed)}` : ''}`, res.status);
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

/**
 * A panel's error answer as a PanelError: its `detail` is REFUSED (the panel said no); an error page
 * that isn't FastAPI's JSON is PROTOCOL below 500 (some other server at this URL) and REFUSED from 500
 * (the panel failed: uvicorn's plain "Internal Server Error").
 */
export function answerError(answer: PanelHttpAnswer, what: string): PanelError {
  const detail = detailOf(answer.body);
  if (detail !== null) return new PanelError('REFUSED', detail, answer.status);
  const snippet = answer.text.trim().slice(0, 120) || '(empty body)';
  if (answer.status >= 500) return new PanelError('REFUSED', `${what}: HTTP ${answer.status} ${snippet}`, answer.status);
  return new PanelError('PROTOCOL', `${what}: HTTP ${answer.status} is not a Marzban/PasarGuard answer: ${snippet}`, answer.status);
}
