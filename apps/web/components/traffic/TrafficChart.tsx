'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBytes } from '@tm/shared';
import { useIsClient } from '@/components/ui/useIsClient';
import type { UsageBucket } from '@/lib/graphql/models';
import { byteTicks, type ChartPoint } from '@/lib/series';

export const UP_COLOR = '#22d3ee';
export const DOWN_COLOR = '#6366f1';

const hourFmt = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const hourLongFmt = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dayLongFmt = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function bucketLabel(t: number, bucket: UsageBucket, long = false): string {
  if (bucket === 'DAY') return (long ? dayLongFmt : dayFmt).format(t);
  if (!long) return hourFmt.format(t);
  return `${hourLongFmt.format(t)}–${hourFmt.format(t + 3_600_000)}`;
}

interface TipProps {
  active?: boolean;
  label?: number | string;
  payload?: { payload?: ChartPoint }[];
  bucket: UsageBucket;
}

function ChartTooltip({ active, payload, bucket }: TipProps) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tip">
      <div className="chart-tip-title">{bucketLabel(p.t, bucket, true)}</div>
      <div className="chart-tip-row">
        <span className="legend-dot" style={{ background: DOWN_COLOR }} /> Download <b>{formatBytes(p.down)}</b>
      </div>
      <div className="chart-tip-row">
        <span className="legend-dot" style={{ background: UP_COLOR }} /> Upload <b>{formatBytes(p.up)}</b>
      </div>
      <div className="chart-tip-row total">
        Total <b>{formatBytes(p.total)}</b>
      </div>
    </div>
  );
}

/**
 * Upload and download per bucket, stacked. Drawn only in the browser (its time labels are in
 * the viewer's time zone, and it measures its container), with a placeholder of the same height.
 */
export function TrafficChart({ data, bucket, height = 240 }: { data: ChartPoint[]; bucket: UsageBucket; height?: number }) {
  const mounted = useIsClient();
  const empty = data.every((d) => d.total === 0);
  const axis = byteTicks(data.reduce((m, d) => Math.max(m, d.total), 0));

  if (!mounted) return <div className="skeleton" style={{ height }} aria-hidden />;
  return (
    <div className="chart" style={{ height }} data-testid="traffic-chart" data-empty={empty || undefined}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 4 }} barCategoryGap="18%">
          <CartesianGrid vertical={false} stroke="#eef1f5" />
          <XAxis
            dataKey="t"
            tickFormatter={(t: number) => bucketLabel(t, bucket)}
            tick={{ fontSize: 11.5, fill: '#64748b' }}
            tickLine={false}
            axisLine={{ stroke: '#e3e8ef' }}
            interval="preserveStartEnd"
            minTickGap={18}
          />
          <YAxis
            ticks={axis.ticks}
            tickFormatter={axis.label}
            tick={{ fontSize: 11.5, fill: '#64748b' }}
            tickLine={false}
            axisLine={false}
            width={64}
            domain={[0, axis.ticks[axis.ticks.length - 1]]}
            allowDataOverflow
          />
          {!empty && <Tooltip cursor={{ fill: 'rgb(99 102 241 / 0.06)' }} content={<ChartTooltip bucket={bucket} />} isAnimationActive={false} />}
          <Bar dataKey="down" name="Download" stackId="t" fill={DOWN_COLOR} isAnimationActive={false} />
          <Bar dataKey="up" name="Upload" stackId="t" fill={UP_COLOR} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      {empty && (
        <div className="chart-empty">
          <span>No traffic counted in this range yet</span>
        </div>
      )}
    </div>
  );
}
