/**
 * Reading raw rows the same way on both drivers: MySQL hands back SUMs and BIGINTs as decimal
 * strings and DATETIMEs as Dates; SQLite numbers (or bigints past 2^53) and UTC text.
 */
export const MAX_INT = 2_147_483_647;

export function bytesOf(v: unknown): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return BigInt(String(v).split('.')[0] || '0');
}

/** A count for a GraphQL Int (32-bit): clamped rather than failing the whole answer. */
export function intOf(v: unknown): number {
  const n = Number(v ?? 0);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.trunc(n), MAX_INT);
}

export function dateOf(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const text = String(v);
  // SQLite: "2026-01-02 03:04:05.678" in UTC.
  const iso = text.includes('T') ? text : text.replace(' ', 'T');
  const d = new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
