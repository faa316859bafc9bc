/**
 * Answers as FastAPI sends them: `application/json`, integers of any size written exactly (Python
 * ints have no 2^53 ceiling, so neither may ours), errors as `{"detail": …}`.
 */
import type { SimResponse } from '../http-sim';

const BIG = '\u0000bigint:';

/** JSON with bigints written as plain integer literals. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${BIG}${v}` : v));
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1');
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body: toJson(body), headers: { 'content-type': 'application/json', ...headers } };
}

/** `HTTPException(status_code, detail)` as FastAPI renders it. */
export function detail(status: number, message: string, headers: Record<string, string> = {}): SimResponse {
  return json(status, { detail: message }, headers);
}

/**
 * Both panels replace FastAPI's validation answer with their own: 422 and `{"detail": {<last loc
 * element>: <msg>}}` (Marzban app/__init__.py, PasarGuard app/app_factory.py).
 */
export function validationError(errors: Record<string, string>): SimResponse {
  return json(422, { detail: errors });
}

export const noContent: SimResponse = { status: 204 };
