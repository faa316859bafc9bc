import { formatBitsPerSecond, parseRate } from '@tm/shared';

/** What the API answers (BAD_USER_INPUT) for a speed that doesn't parse; the forms say the same before sending. */
export function rateMessage(label: 'Download' | 'Upload'): string {
  return `${label} must be a speed like 512K, 2M or 1G (bits per second)`;
}

/** A live speed for people: 1536000 → "1.54 Mbps", 1500000 → "1.5 Mbps", 0 → "0 bps". */
export function formatSpeed(bps: number | null | undefined): string {
  if (bps === null || bps === undefined) return '—';
  return formatBitsPerSecond(bps).replace(/\.(\d*?)0+ /, (_, d: string) => (d ? `.${d} ` : ' '));
}

/** A limit in RouterOS form as we show it: download first, e.g. "↓ 2M / ↑ 1M"; "—" without one. */
export function formatLimitPair(down: string | null | undefined, up: string | null | undefined): string {
  if (!down && !up) return '—';
  return `↓ ${down ?? '—'} / ↑ ${up ?? '—'}`;
}

/** The upper-case short form of a typed speed ("512k" → "512K"), or the text itself when it doesn't parse. */
export function normalizeRateText(text: string): string {
  const t = text.trim().replace(/\s+/g, '');
  return parseRate(t) === null ? t : t.replace(/[kmg]$/, (c) => c.toUpperCase());
}

/** Client-side check of a speed field (shared parseRate, as the API checks it): null when fine, else the message. */
export function rateError(text: string, label: 'Download' | 'Upload'): string | null {
  if (!text.trim()) return `Enter the ${label.toLowerCase()} speed, e.g. ${label === 'Download' ? '2M' : '512K'}`;
  return parseRate(text) === null ? rateMessage(label) : null;
}

const UNITS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
};

/** A profile's validity for people: "1h" → "1 hour", "2d" → "2 days", "1h30m" → "1 hour 30 minutes". */
export function formatValidity(v: string | null | undefined): string {
  if (!v) return '—';
  const parts = [...v.trim().matchAll(/(\d+)\s*([smhdw])/gi)];
  if (!parts.length || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== v.trim().replace(/\s/g, '')) return v;
  return parts.map(([, n, u]) => `${n} ${UNITS[u.toLowerCase()][Number(n) === 1 ? 0 : 1]}`).join(' ');
}

/** Validity as the API takes it: 30m, 1h, 2d or 1w. */
export const VALIDITY_PATTERN = /^\d{1,4}[mhdw]$/;

/** A price for display: 5 → "5", 10.5 → "10.50"; "—" when none. */
export function formatPrice(price: number | null | undefined): string {
  if (price === null || price === undefined) return '—';
  return Number.isInteger(price) ? String(price) : price.toFixed(2);
}
