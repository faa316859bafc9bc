'use client';

import { PolarAngleAxis, RadialBar, RadialBarChart } from 'recharts';
import { formatBytes } from '@tm/shared';
import { percentText, toneOf } from '@/lib/quota';

const COLORS = { ok: '#4f46e5', warn: '#f59e0b', danger: '#dc2626', unlimited: '#c7d2fe' } as const;
const SIZE = 200;

/**
 * A 240° gauge of what an agent has drawn from its limit (recharts RadialBar), with the
 * percentage in the middle. Past 100 % the arc stays full and turns red; the label tells how far.
 */
export function QuotaGauge({ used, limit, percent, label = 'Traffic limit' }: { used: string; limit: string; percent: number | null; label?: string }) {
  const pct = percent ?? 0;
  const tone = toneOf(pct);
  const value = Math.min(100, Math.max(pct > 0 ? 1 : 0, pct));
  return (
    <div
      className={`gauge ${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, pct)}
      aria-valuetext={`${formatBytes(used)} of ${formatBytes(limit)}`}
      data-testid="quota-gauge"
      data-percent={pct}
    >
      <RadialBarChart
        width={SIZE}
        height={SIZE}
        cx={SIZE / 2}
        cy={SIZE / 2}
        innerRadius={72}
        outerRadius={94}
        barSize={18}
        startAngle={210}
        endAngle={-30}
        data={[{ name: 'drawn', value, fill: COLORS[tone] }]}
      >
        <PolarAngleAxis type="number" domain={[0, 100]} tick={false} axisLine={false} />
        <RadialBar dataKey="value" background={{ fill: '#eef1f5' }} cornerRadius={9} isAnimationActive={false} />
      </RadialBarChart>
      <div className="gauge-center" aria-hidden>
        <div className="gauge-value" data-testid="quota-percent">
          {percentText(pct)}
        </div>
        <div className="gauge-label">used</div>
      </div>
      <div className="gauge-foot" aria-hidden>
        <b>{formatBytes(used)}</b> of {formatBytes(limit)}
      </div>
    </div>
  );
}
