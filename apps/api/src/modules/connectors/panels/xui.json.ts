/**
 * JSON with 3x-ui's int64 counters kept exact: integers too long to be safe as a double come back as
 * bigint, and bigint values are written back as their digits.
 */
import { randomBytes } from 'node:crypto';

/** Big integers travel through JSON.parse/stringify as marked strings; the nonce keeps real strings from looking like one. */
const NONCE = randomBytes(6).toString('hex');
const MARK = `\u0000${NONCE}:`;
const MARK_IN_JSON = `\\u0000${NONCE}:`;
const MARKED_IN_JSON = new RegExp(`"${MARK_IN_JSON.replace(/\\/g, '\\\\')}(-?\\d+)"`, 'g');

/** A string literal (kept as it is) or an integer of 16+ digits that stands alone (not part of a fraction or exponent). */
const TOKENS = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g;

export function parseJsonExact(text: string): unknown {
  const marked = text.replace(TOKENS, (token: string, big: string | undefined) => (big ? `"${MARK_IN_JSON}${big}"` : token));
  return JSON.parse(marked, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : value));
}

export function stringifyJsonExact(value: unknown): string {
  const raw = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${MARK}${v}` : v));
  return raw.replace(MARKED_IN_JSON, '$1');
}

/** A JSON number (or bigint, or digit string) as bigint; anything else is 0. */
export function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value));
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return 0n;
}
