/**
 * Speeds in RouterOS form. RouterOS takes `512k`, `2M`, `1G` or plain bits per second (k = 1000) and
 * prints plain bits per second; our portal shows the short form with an upper-case K like seed 004.
 */
const UNIT: Record<string, number> = { '': 1, k: 1_000, K: 1_000, m: 1_000_000, M: 1_000_000, g: 1_000_000_000, G: 1_000_000_000 };
/** 100 Gbit/s: above any hotspot link; keeps the number exact in a double. */
export const MAX_RATE_BPS = 100_000_000_000;

/** "512K" / "2M" / "1.5M" / "2000000" → bits per second; null when malformed, zero or out of range. */
export function parseRate(value: string | number): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 && value <= MAX_RATE_BPS ? value : null;
  const m = /^\s*(\d{1,12}(?:\.\d{1,3})?)\s*([kKmMgG]?)\s*$/.exec(value);
  if (!m) return null;
  const bps = Math.round(Number(m[1]) * UNIT[m[2]]);
  return bps > 0 && bps <= MAX_RATE_BPS ? bps : null;
}

/** Bits per second → RouterOS short form: 512000 → "512K", 2000000 → "2M", 1500000 → "1500K". */
export function formatRate(bps: number): string {
  if (bps >= 1e9 && bps % 1e9 === 0) return `${bps / 1e9}G`;
  if (bps >= 1e6 && bps % 1e6 === 0) return `${bps / 1e6}M`;
  if (bps >= 1e3 && bps % 1e3 === 0) return `${bps / 1e3}K`;
  return String(bps);
}

/** The `max-limit` / `limit-at` value RouterOS wants: upload first, then download, in plain bits/s. */
export function routerOsPair(up: number, down: number): string {
  return `${up}/${down}`;
}

/** "512000/2000000" (as RouterOS prints max-limit, bytes or rate) → [upload, download]; null when not a pair of numbers. */
export function parseRouterOsPair(value: string | undefined): [number, number] | null {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Human speed for the portal: 1536000 → "1.54 Mbps". */
export function formatBitsPerSecond(bps: number, digits = 2): string {
  if (!Number.isFinite(bps) || bps <= 0) return '0 bps';
  const units = ['bps', 'kbps', 'Mbps', 'Gbps'];
  let i = 0;
  let v = bps;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? Math.round(v) : v.toFixed(digits)} ${units[i]}`;
}
