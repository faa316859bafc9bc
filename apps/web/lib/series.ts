import type { UsageBucket, UsagePoint } from './graphql/models';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The chart ranges the portal offers: the last 24 hours by hour, the last 30 days by day. */
export const RANGES = {
  HOUR: { bucket: 'HOUR' as UsageBucket, count: 24, step: HOUR, label: 'Last 24 hours', short: '24 hours' },
  DAY: { bucket: 'DAY' as UsageBucket, count: 30, step: DAY, label: 'Last 30 days', short: '30 days' },
} as const;

/** Buckets start on whole UTC hours / days, as the API's rollups do. */
function floorTo(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}

/** The first bucket's start, for `usageSeries(from:)`. */
export function seriesFrom(bucket: UsageBucket, now = Date.now()): string {
  const r = RANGES[bucket];
  return new Date(floorTo(now, r.step) - (r.count - 1) * r.step).toISOString();
}

export interface ChartPoint {
  t: number;
  up: number;
  down: number;
  total: number;
}

/**
 * Every bucket of the range, zero where the API sent nothing (it leaves out empty buckets),
 * as plain numbers for the chart (exact enough for drawing; labels use the Bytes strings' sums).
 */
export function fillSeries(points: UsagePoint[], bucket: UsageBucket, now = Date.now()): ChartPoint[] {
  const r = RANGES[bucket];
  const first = floorTo(now, r.step) - (r.count - 1) * r.step;
  const byStart = new Map<number, { up: bigint; down: bigint }>();
  for (const p of points) {
    const t = floorTo(Date.parse(p.at), r.step);
    if (Number.isNaN(t)) continue;
    const prev = byStart.get(t) ?? { up: 0n, down: 0n };
    byStart.set(t, { up: prev.up + BigInt(p.up), down: prev.down + BigInt(p.down) });
  }
  return Array.from({ length: r.count }, (_, i) => {
    const t = first + i * r.step;
    const v = byStart.get(t) ?? { up: 0n, down: 0n };
    return { t, up: Number(v.up), down: Number(v.down), total: Number(v.up + v.down) };
  });
}

/** Exact sums over the points the API sent. */
export function sumSeries(points: UsagePoint[]): { up: bigint; down: bigint; total: bigint } {
  let up = 0n;
  let down = 0n;
  for (const p of points) {
    up += BigInt(p.up);
    down += BigInt(p.down);
  }
  return { up, down, total: up + down };
}

/** Periods offered for a user's per-server breakdown (`userUsage(days:)`). */
export const DAY_CHOICES = [1, 7, 30, 90] as const;

const AXIS_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;
const STEPS = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500];

/**
 * Round ticks for a byte axis: 0 up to a round top above `max`, at most five gridlines, all in
 * one unit ("0, 0.5 GB, 1 GB, 1.5 GB") — never "2 GB, 2 GB" from rounding a formatted value.
 */
export function byteTicks(max: number): { ticks: number[]; label: (v: number) => string } {
  const top = max > 0 ? max : 1024 ** 2;
  let u = 0;
  while (u < AXIS_UNITS.length - 1 && top / 1024 ** (u + 1) >= 1) u++;
  const unit = 1024 ** u;
  const v = top / unit;
  const step = STEPS.find((s) => v / s <= 4) ?? 500;
  const count = Math.max(1, Math.ceil(v / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, i) => i * step * unit);
  const label = (n: number) => (n === 0 ? '0' : `${Number((n / unit).toFixed(2))} ${AXIS_UNITS[u]}`);
  return { ticks, label };
}
