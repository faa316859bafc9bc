/** How RouterOS writes and reads values on the API: rates, durations, booleans, MACs, targets, ids. */

export type Pair<T> = [up: T, down: T];

/** A RouterOS rate as typed by hand or sent over the API: `512k`, `2M`, `1G`, `1.5M`, `64000` (k = 1000). */
export function parseRate(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([kKMG]?)$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9 }[m[2]] ?? 1;
  return Math.round(Number(m[1]) * unit);
}

/** `upload/download`; a single value applies to both directions. */
export function parseRatePair(text: string): Pair<number> | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const up = parseRate(parts[0]);
  const down = parseRate(parts[1] ?? parts[0]);
  return up === undefined || down === undefined ? undefined : [up, down];
}

/** The API prints rate pairs as plain bits per second: `512000/2000000`. */
export function formatPair(pair: Pair<number | bigint>): string {
  return `${pair[0]}/${pair[1]}`;
}

/** RouterOS durations: `0s`, `45s`, `1h2m3s`, `3d4h`, `1w2d3h4m5s`. */
export function formatDuration(totalSeconds: number): string {
  let rest = Math.max(0, Math.floor(totalSeconds));
  if (rest === 0) return '0s';
  let out = '';
  for (const [unit, size] of [['w', 604800], ['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) out += `${n}${unit}`;
  }
  return out;
}

/** RouterOS accepts yes/no and true/false; the API answers true/false. */
export function parseBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'yes' || t === 'true') return true;
  if (t === 'no' || t === 'false') return false;
  return undefined;
}

export function formatBool(value: boolean): string {
  return value ? 'true' : 'false';
}

/** `aa-bb-cc-dd-ee-ff` or `aa:bb:…` → `AA:BB:CC:DD:EE:FF`, the way RouterOS prints MACs. */
export function normalizeMac(text: string): string {
  const mac = text.trim().toUpperCase().replace(/-/g, ':');
  if (!/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/.test(mac)) throw new Error(`not a MAC address: ${text}`);
  return mac;
}

/** A queue target list; RouterOS stores a bare IPv4 address as a /32 prefix. */
export function normalizeTarget(text: string): string {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => (/^\d{1,3}(\.\d{1,3}){3}$/.test(t) ? `${t}/32` : t))
    .join(',');
}

/** Internal ids are `*` and a hexadecimal counter, as RouterOS prints them (`*1`, `*A`, `*1F`). */
export class IdSequence {
  constructor(private next = 1) {}
  take(): string {
    return `*${(this.next++).toString(16).toUpperCase()}`;
  }
}

/** A RouterOS time as typed: `30s`, `1h30m`, `1w2d`, `00:25:00`, `1d02:03:04`, plain seconds. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const clock = /^(?:(\d+)d)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(t);
  if (clock) return Number(clock[1] ?? 0) * 86400 + Number(clock[2]) * 3600 + Number(clock[3]) * 60 + Number(clock[4]);
  if (!/^(\d+[wdhms])+$/.test(t)) return undefined;
  const size: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
  let total = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)([wdhms])/g)) total += Number(n) * size[unit];
  return total;
}

/** A byte count or limit: a non-negative integer, as RouterOS takes it over the API. */
export function parseCount(text: string): bigint | undefined {
  return /^\d+$/.test(text.trim()) ? BigInt(text.trim()) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date-time as the API prints it (`last-link-up-time`, `last-logged-out`), in UTC: RouterOS 7.10 and
 * later write `2025-03-02 11:30:44`, older versions `mar/02/2025 11:30:44`.
 */
export function formatDateTime(ms: number, version: string): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  const [major, minor] = version.split(/[.\s]/).map(Number);
  if (major > 7 || (major === 7 && minor >= 10)) return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${time}`;
  return `${MONTHS[d.getUTCMonth()]}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${time}`;
}
