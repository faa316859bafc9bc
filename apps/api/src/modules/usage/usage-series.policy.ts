/** Chart buckets in UTC. Pure: the clock is passed in. */
export type UsageBucket = 'HOUR' | 'DAY';

export const BUCKET_MS: Record<UsageBucket, number> = { HOUR: 3_600_000, DAY: 86_400_000 };
/** Points when `from` is not given: the last 24 hours / 30 days, the current bucket included. */
export const DEFAULT_POINTS: Record<UsageBucket, number> = { HOUR: 24, DAY: 30 };
export const MAX_POINTS = 1000;

export interface SeriesRange {
  bucket: UsageBucket;
  /** First bucket's start (inclusive). */
  start: Date;
  /** Exclusive end of the data read. */
  end: Date;
  points: number;
}

export interface UsagePoint {
  at: Date;
  up: bigint;
  down: bigint;
  total: bigint;
}

export const floorTo = (d: Date, bucket: UsageBucket): Date => {
  const size = BUCKET_MS[bucket];
  return new Date(Math.floor(d.getTime() / size) * size);
};

/**
 * The window a series covers: [from rounded down to its bucket, to). `to` defaults to the end of
 * the current bucket, `from` to DEFAULT_POINTS buckets before `to`. Fails on an empty or reversed
 * window and on more than MAX_POINTS points.
 */
export function seriesRange(
  bucket: UsageBucket,
  from: Date | null | undefined,
  to: Date | null | undefined,
  now: Date,
): { ok: true; range: SeriesRange } | { ok: false; reason: string } {
  const size = BUCKET_MS[bucket];
  const end = to ?? new Date(floorTo(now, bucket).getTime() + size);
  const last = floorTo(new Date(end.getTime() - 1), bucket);
  const start = from ? floorTo(from, bucket) : new Date(last.getTime() - (DEFAULT_POINTS[bucket] - 1) * size);
  if (end.getTime() <= start.getTime() || (from && end.getTime() <= from.getTime())) return { ok: false, reason: '`to` must be after `from`' };
  const points = (last.getTime() - start.getTime()) / size + 1;
  if (points > MAX_POINTS) return { ok: false, reason: `At most ${MAX_POINTS} points per series (asked for ${points}); narrow the range or use DAY` };
  return { ok: true, range: { bucket, start, end, points } };
}

/** Folds hourly rows into the range's buckets: every bucket present (zeros where nothing was counted), ascending. */
export function fillSeries(range: SeriesRange, rows: { hour: Date; up: bigint; down: bigint }[]): UsagePoint[] {
  const size = BUCKET_MS[range.bucket];
  const base = range.start.getTime();
  const points: UsagePoint[] = Array.from({ length: range.points }, (_, i) => ({ at: new Date(base + i * size), up: 0n, down: 0n, total: 0n }));
  for (const r of rows) {
    const t = r.hour.getTime();
    if (t >= range.end.getTime()) continue;
    const i = Math.floor((t - base) / size);
    if (i < 0 || i >= points.length) continue;
    points[i].up += r.up;
    points[i].down += r.down;
    points[i].total += r.up + r.down;
  }
  return points;
}
