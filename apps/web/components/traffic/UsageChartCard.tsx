'use client';

import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '@tm/shared';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { gql } from '@/lib/graphql/client';
import { USAGE_SERIES } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { UsageBucket, UsagePoint } from '@/lib/graphql/models';
import { fillSeries, RANGES, seriesFrom, sumSeries } from '@/lib/series';
import { DOWN_COLOR, TrafficChart, UP_COLOR } from './TrafficChart';

type Err = { code: string; message: string };

/**
 * A card with the traffic chart: last 24 hours by hour, or last 30 days by day. The hourly
 * series comes from the server; the other is fetched on first use. Every change of
 * `refreshSignal` (a live update) refetches the range on screen, quietly.
 */
export function UsageChartCard({
  title,
  subtitle,
  initial,
  initialError,
  scope = {},
  refreshSignal = 0,
}: {
  title: string;
  subtitle: string;
  /** The HOUR series from the server (null when the server couldn't get it). */
  initial: UsagePoint[] | null;
  initialError?: Err | null;
  /** usageSeries(userId:, agentId:); empty = the caller (admin: everything, agent: itself). */
  scope?: { userId?: string; agentId?: string };
  refreshSignal?: number;
}) {
  const [bucket, setBucket] = useState<UsageBucket>('HOUR');
  const [series, setSeries] = useState<Partial<Record<UsageBucket, UsagePoint[]>>>(initial ? { HOUR: initial } : {});
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Err | null>(initialError ?? null);
  const [now, setNow] = useState(() => Date.now());
  const scopeKey = JSON.stringify(scope);
  const request = useRef(0);

  async function load(b: UsageBucket, quiet: boolean) {
    const id = ++request.current;
    if (!quiet) setLoading(true);
    try {
      const data = await gql(USAGE_SERIES, { ...JSON.parse(scopeKey), bucket: b, from: seriesFrom(b) });
      if (id !== request.current) return;
      setSeries((s) => ({ ...s, [b]: data.usageSeries }));
      setNow(Date.now());
      setError(null);
    } catch (err) {
      if (id !== request.current) return;
      if (!quiet) setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      if (id === request.current) setLoading(false);
    }
  }

  // A live update (or a refresh) asks for the current range again.
  const firstSignal = useRef(refreshSignal);
  useEffect(() => {
    if (refreshSignal === firstSignal.current) return;
    void load(bucket, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshSignal]);

  function pick(b: UsageBucket) {
    if (b === bucket) return;
    setBucket(b);
    void load(b, !!series[b]);
  }

  const points = series[bucket];
  const sums = points ? sumSeries(points) : null;
  const range = RANGES[bucket];

  return (
    <section className="card" data-testid="usage-chart-card">
      <div className="card-head">
        <div>
          <h2>{title}</h2>
          <p>{subtitle}</p>
        </div>
        <div className="segmented" role="group" aria-label="Chart range">
          {(['HOUR', 'DAY'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={bucket === b} onClick={() => pick(b)}>
              {RANGES[b].short}
            </button>
          ))}
        </div>
      </div>
      <div className="card-body stack" style={{ gap: 14 }}>
        <div className="row wrap chart-summary">
          <div>
            <div className="stat-label">{range.label}</div>
            <div className="chart-total" data-testid="series-total">
              {sums ? formatBytes(sums.total) : '—'}
            </div>
          </div>
          <span className="spacer" />
          <span className="legend-item">
            <span className="legend-dot" style={{ background: DOWN_COLOR }} /> Download <b data-testid="series-down">{sums ? formatBytes(sums.down) : '—'}</b>
          </span>
          <span className="legend-item">
            <span className="legend-dot" style={{ background: UP_COLOR }} /> Upload <b data-testid="series-up">{sums ? formatBytes(sums.up) : '—'}</b>
          </span>
          {loading && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Loading" />}
        </div>
        {error && !points ? (
          <ErrorAlert code={error.code} message={error.message} />
        ) : points ? (
          <TrafficChart data={fillSeries(points, bucket, now)} bucket={bucket} />
        ) : (
          <div className="skeleton" style={{ height: 240 }} aria-busy="true" />
        )}
      </div>
    </section>
  );
}
