import { MAX_BYTES, parseBytes } from '@tm/shared';

/** A sample as it arrives: our shape ({ user, up, down }) or Xpert's ({ user_token, bytes_uploaded, bytes_downloaded }). */
export type RawSample = Record<string, unknown>;

export interface ValidSample {
  index: number;
  key: string | null;
  user: string;
  protocol: string;
  up: bigint;
  down: bigint;
  at: Date;
}

export type Checked = { ok: true; sample: ValidSample } | { ok: false; index: number; reason: string };

export const MAX_SAMPLES_PER_REQUEST = 10_000;
const MAX_FUTURE_MS = 10 * 60_000;
const EARLIEST = Date.UTC(2000, 0, 1);

/** Validates one sample; `now` is injected so the rule on future times is testable. */
export function checkSample(raw: unknown, index: number, now: Date): Checked {
  const fail = (reason: string): Checked => ({ ok: false, index, reason });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('sample must be an object');
  const r = raw as RawSample;
  const user = r.user ?? r.user_token;
  if (typeof user !== 'string' || user.trim() === '') return fail('user (or user_token) is required');
  if (user.length > 64) return fail('user is too long');
  const up = bytes(r.up ?? r.bytes_uploaded);
  if (up === null) return fail('up (bytes_uploaded) must be a non-negative 64-bit integer');
  const down = bytes(r.down ?? r.bytes_downloaded);
  if (down === null) return fail('down (bytes_downloaded) must be a non-negative 64-bit integer');
  if (up + down > MAX_BYTES) return fail('up + down is too large');
  const protocol = r.protocol ?? '';
  if (typeof protocol !== 'string' || protocol.length > 32) return fail('protocol must be a string of at most 32 characters');
  const id = r.id ?? null;
  if (id !== null && (typeof id !== 'string' && typeof id !== 'number')) return fail('id must be a string or a number');
  const key = id === null ? null : String(id);
  if (key !== null && (key.length === 0 || key.length > 128)) return fail('id must be 1 to 128 characters');
  const at = time(r.at, now);
  if (at === 'bad') return fail('at must be an ISO-8601 time');
  if (at.getTime() > now.getTime() + MAX_FUTURE_MS) return fail('at is in the future');
  if (at.getTime() < EARLIEST) return fail('at is before 2000');
  return { ok: true, sample: { index, key, user: user.trim(), protocol: protocol.trim().toLowerCase(), up, down, at } };
}

function bytes(v: unknown): bigint | null {
  if (v === undefined || v === null) return null;
  return parseBytes(v);
}

function time(v: unknown, now: Date): Date | 'bad' {
  if (v === undefined || v === null || v === '') return now;
  if (typeof v !== 'string') return 'bad';
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? 'bad' : d;
}

/** The start of the UTC hour a time falls in. */
export const hourOf = (d: Date): Date => new Date(Math.floor(d.getTime() / 3_600_000) * 3_600_000);

/** Keeps the first sample of each id within one batch; later copies are duplicates. */
export function dedupeWithinBatch<T extends { key: string | null }>(samples: T[]): { unique: T[]; duplicates: number } {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const s of samples) {
    if (s.key !== null) {
      if (seen.has(s.key)) continue;
      seen.add(s.key);
    }
    unique.push(s);
  }
  return { unique, duplicates: samples.length - unique.length };
}
