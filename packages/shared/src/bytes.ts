/** 1 GB = 1024³ bytes, as the panels count. */
export const GIB = 1024n ** 3n;
export const MIB = 1024n ** 2n;
export const KIB = 1024n;
/** The largest byte count we store: SQLite's signed 64-bit INTEGER. */
export const MAX_BYTES = 2n ** 63n - 1n;

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** Parses a decimal byte count; returns null for anything that is not a non-negative 64-bit integer. */
export function parseBytes(value: unknown): bigint | null {
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return null;
    n = BigInt(value);
  } else if (typeof value === 'string') {
    if (!/^\d{1,19}$/.test(value.trim())) return null;
    n = BigInt(value.trim());
  } else return null;
  return n >= 0n && n <= MAX_BYTES ? n : null;
}

/** Human size with 1024-based units: 1536 → "1.50 KB". */
export function formatBytes(value: bigint | string | number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value);
  if (n < 1024n) return `${n} B`;
  let unit = 0;
  let scaled = n;
  while (scaled >= 1024n * 1024n && unit < UNITS.length - 2) {
    scaled /= 1024n;
    unit++;
  }
  // scaled < 1024² here, so Number() is exact enough for display.
  const shown = Number(scaled) / 1024;
  return `${shown.toFixed(digits)} ${UNITS[unit + 1]}`;
}

/** GB (possibly fractional, from a form) to bytes; null when not a valid non-negative amount. */
export function gbToBytes(gb: number | string): bigint | null {
  const text = String(gb).trim();
  if (!/^\d+(\.\d{1,6})?$/.test(text)) return null;
  const [whole, frac = ''] = text.split('.');
  const micro = BigInt(whole) * 1_000_000n + BigInt(frac.padEnd(6, '0'));
  const bytes = (micro * GIB) / 1_000_000n;
  return bytes <= MAX_BYTES ? bytes : null;
}

/** Bytes to GB as a number for display or form defaults. */
export function bytesToGb(bytes: bigint | string): number {
  const n = typeof bytes === 'bigint' ? bytes : BigInt(bytes);
  return Number((n * 1000n) / GIB) / 1000;
}

/** Share of `used` in `limit` as a percentage, null when unlimited. */
export function percentOf(used: bigint | string, limit: bigint | string | null | undefined): number | null {
  if (limit === null || limit === undefined) return null;
  const l = BigInt(limit);
  if (l === 0n) return 100;
  return Number((BigInt(used) * 10000n) / l) / 100;
}
