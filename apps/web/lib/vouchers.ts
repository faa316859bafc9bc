import { formatBytes } from '@tm/shared';
import type { Voucher, VoucherBatch } from './graphql/models';

/** As the API takes it: 30m, 12h, 30d, 1w (counted from when the batch is made). */
export const VALIDITY_PATTERN = /^\d{1,5}[mhdw]$/;
export const VALIDITY_CHOICES = ['1h', '12h', '1d', '7d', '30d'] as const;
export const MAX_VOUCHERS = 1000;
export const DEFAULT_CODE_LENGTH = 8;

const SPANS: [number, string, string][] = [
  [604_800, 'week', 'weeks'],
  [86_400, 'day', 'days'],
  [3600, 'hour', 'hours'],
  [60, 'minute', 'minutes'],
];

/** 43200 → "12 hours", 2592000 → "30 days", 5400 → "90 minutes"; null → "No expiry". */
export function formatValiditySeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return 'No expiry';
  for (const [unit, one, many] of SPANS) {
    if (seconds >= unit && seconds % unit === 0) {
      const n = seconds / unit;
      // 14 days reads better than 2 weeks on a voucher; weeks only when days would be long.
      if (unit === 604_800 && n < 5) return `${n * 7} days`;
      return `${n} ${n === 1 ? one : many}`;
    }
  }
  return `${seconds} seconds`;
}

/** "12h" → "12 hours", for the form's hint. */
export function validityText(v: string): string {
  const m = /^(\d+)([mhdw])$/.exec(v.trim());
  if (!m) return v;
  const unit = { m: 60, h: 3600, d: 86_400, w: 604_800 }[m[2] as 'm'];
  return formatValiditySeconds(Number(m[1]) * unit);
}

/**
 * Used: it has logged in (its validity runs from the first login, so it then has an expiry), moved
 * bytes, or is used up / past its expiry.
 */
export function isUsed(v: Pick<Voucher, 'used' | 'status' | 'expiresAt'>): boolean {
  return BigInt(v.used || '0') > 0n || v.status === 'LIMITED' || v.status === 'EXPIRED' || !!v.expiresAt;
}

export function batchCounts(b: Pick<VoucherBatch, 'vouchers'>): { used: number; unused: number; expired: number; failed: number } {
  let used = 0;
  let expired = 0;
  let failed = 0;
  for (const v of b.vouchers) {
    if (isUsed(v)) used++;
    if (v.status === 'EXPIRED') expired++;
    if (v.state === 'FAILED') failed++;
  }
  return { used, unused: b.vouchers.length - used, expired, failed };
}

export function dataText(dataLimit: string | null | undefined): string {
  return dataLimit === null || dataLimit === undefined ? 'Unlimited data' : formatBytes(dataLimit);
}

/** The portal's CSV download route (the API's needs the session's token, added server-side). */
export const csvHref = (id: string) => `/api/vouchers/${encodeURIComponent(id)}.csv`;

/** The printable page, under the role's area. */
export const printHref = (base: '/vouchers' | '/agent/vouchers', id: string) => `${base}/${encodeURIComponent(id)}/print`;

/** Cards per A4 page (3 × 8), for the print page's summary. */
export const CARDS_PER_PAGE = 24;
