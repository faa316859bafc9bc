import { MAX_POINTS, fillSeries, floorTo, seriesRange } from './usage-series.policy';

const H = 3_600_000;
const D = 24 * H;
const t = (s: string) => new Date(s);
const range = (...args: Parameters<typeof seriesRange>) => {
  const r = seriesRange(...args);
  if (!r.ok) throw new Error(r.reason);
  return r.range;
};

describe('seriesRange', () => {
  const now = t('2026-03-10T15:42:10Z');

  it.each([
    ['HOUR', undefined, undefined, '2026-03-09T16:00:00.000Z', '2026-03-10T16:00:00.000Z', 24],
    ['DAY', undefined, undefined, '2026-02-09T00:00:00.000Z', '2026-03-11T00:00:00.000Z', 30],
    ['HOUR', '2026-03-10T10:30:00Z', undefined, '2026-03-10T10:00:00.000Z', '2026-03-10T16:00:00.000Z', 6],
    ['HOUR', '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z', '2026-03-10T10:00:00.000Z', '2026-03-10T12:00:00.000Z', 2],
    ['HOUR', '2026-03-10T10:00:00Z', '2026-03-10T12:00:01Z', '2026-03-10T10:00:00.000Z', '2026-03-10T12:00:01.000Z', 3],
    ['DAY', '2026-03-01T23:59:00Z', '2026-03-03T00:00:00Z', '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z', 2],
    ['DAY', undefined, '2026-03-05T00:00:00Z', '2026-02-03T00:00:00.000Z', '2026-03-05T00:00:00.000Z', 30],
  ] as const)('%s from %s to %s → [%s, %s), %d points', (bucket, from, to, start, end, points) => {
    const r = range(bucket, from ? t(from) : undefined, to ? t(to) : undefined, now);
    expect({ start: r.start.toISOString(), end: r.end.toISOString(), points: r.points }).toEqual({ start, end, points });
  });

  it('refuses empty, reversed and oversized windows', () => {
    expect(seriesRange('HOUR', t('2026-03-10T12:00:00Z'), t('2026-03-10T12:00:00Z'), now).ok).toBe(false);
    expect(seriesRange('HOUR', t('2026-03-10T12:30:00Z'), t('2026-03-10T12:10:00Z'), now).ok).toBe(false);
    expect(seriesRange('HOUR', t('2026-01-01T00:00:00Z'), new Date(Date.UTC(2026, 0, 1) + MAX_POINTS * H), now).ok).toBe(true);
    expect(seriesRange('HOUR', t('2026-01-01T00:00:00Z'), new Date(Date.UTC(2026, 0, 1) + (MAX_POINTS + 1) * H), now).ok).toBe(false);
    expect(seriesRange('DAY', t('2020-01-01T00:00:00Z'), undefined, now).ok).toBe(false);
  });
});

describe('fillSeries', () => {
  it('zero-fills every bucket, folds hours into days and ignores rows outside the window', () => {
    const r = range('DAY', t('2026-03-01T00:00:00Z'), t('2026-03-04T00:00:00Z'), t('2026-03-10T00:00:00Z'));
    const rows = [
      { hour: t('2026-03-01T01:00:00Z'), up: 1n, down: 2n },
      { hour: t('2026-03-01T23:00:00Z'), up: 10n, down: 20n },
      { hour: t('2026-03-03T05:00:00Z'), up: 2n ** 62n, down: 1n },
      { hour: t('2026-02-28T23:00:00Z'), up: 99n, down: 99n },
      { hour: t('2026-03-04T00:00:00Z'), up: 99n, down: 99n },
    ];
    expect(fillSeries(r, rows)).toEqual([
      { at: t('2026-03-01T00:00:00Z'), up: 11n, down: 22n, total: 33n },
      { at: t('2026-03-02T00:00:00Z'), up: 0n, down: 0n, total: 0n },
      { at: t('2026-03-03T00:00:00Z'), up: 2n ** 62n, down: 1n, total: 2n ** 62n + 1n },
    ]);
  });

  it('floors to UTC hours and days', () => {
    expect(floorTo(t('2026-03-10T15:42:10.5Z'), 'HOUR').toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(floorTo(t('2026-03-10T15:42:10.5Z'), 'DAY').getTime() % D).toBe(0);
  });
});
