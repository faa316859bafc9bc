import { formatBytes, gbToBytes, bytesToGb, percentOf } from '@tm/shared';

/** "1.50 GB", or "Unlimited" for a null limit. */
export function formatLimit(bytes: string | null | undefined): string {
  return bytes === null || bytes === undefined ? 'Unlimited' : formatBytes(bytes);
}

export function formatSize(bytes: string | bigint | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  return formatBytes(bytes);
}

/** A limit for a form field in GB ("" = unlimited). */
export function limitToGbField(bytes: string | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  const gb = bytesToGb(bytes);
  return String(gb);
}

/**
 * A GB form value to the API's Bytes string. "" → null (unlimited).
 * Returns { error } for anything that is not a non-negative number.
 */
export function gbFieldToBytes(value: string): { bytes: string | null } | { error: string } {
  const text = value.trim().replace(',', '.');
  if (text === '') return { bytes: null };
  const bytes = gbToBytes(text);
  if (bytes === null) return { error: 'Enter a number of GB, e.g. 50 or 2.5' };
  return { bytes: bytes.toString() };
}

/** used / limit as a 0–100 bar width; null when unlimited. */
export function usagePercent(used: string, limit: string | null | undefined): number | null {
  return percentOf(used, limit ?? null);
}

const dateFmt = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? empty : dateFmt.format(d);
}

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? empty : dateTimeFmt.format(d);
}

/** ISO string → yyyy-mm-dd for <input type="date"> (local time). */
export function isoToDateField(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** yyyy-mm-dd → the end of that day in local time, as ISO; "" → null (never expires). */
export function dateFieldToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(`${value}T23:59:59`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function formatUptime(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d}d ${h}h ${m}m`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${seconds % 60}s`;
  return `${seconds}s`;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

export function isPast(iso: string | null | undefined, now = Date.now()): boolean {
  return !!iso && Date.parse(iso) < now;
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; a time ahead reads "in 30 s" (last contact, next try). */
export function formatAgo(iso: string | null | undefined, now = Date.now(), empty = 'Never'): string {
  if (!iso) return empty;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return empty;
  const diff = Math.round((now - t) / 1000);
  const s = Math.abs(diff);
  if (s < 5) return diff >= 0 ? 'just now' : 'now';
  const span = s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : s < 86400 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 86400)} d`;
  return diff >= 0 ? `${span} ago` : `in ${span}`;
}
