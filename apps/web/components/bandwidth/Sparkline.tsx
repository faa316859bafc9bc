import { HISTORY, type RatePoint } from './useActiveSessions';

const W = 84;
const H = 24;

function path(values: number[], max: number, slots: number): string {
  const step = W / Math.max(1, slots - 1);
  const offset = (slots - values.length) * step; // newest reading on the right edge
  return values.map((v, i) => `${i === 0 ? 'M' : 'L'}${(offset + i * step).toFixed(1)},${(H - 2 - (v / max) * (H - 4)).toFixed(1)}`).join(' ');
}

/**
 * The last readings of a session's rates: download as a filled line, upload as a thin one. Scaled to
 * the limit when there is one (a line at the top = at its limit), otherwise to the busiest reading.
 */
export function Sparkline({ points, slots = HISTORY, ceiling }: { points: RatePoint[]; slots?: number; ceiling?: number | null }) {
  const baseline = <line x1={0} x2={W} y1={H - 1.5} y2={H - 1.5} className="spark-base" />;
  if (points.length < 2) {
    return (
      <svg className="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden>
        {baseline}
      </svg>
    );
  }
  const peak = Math.max(1000, ...points.map((p) => Math.max(p.down, p.up)));
  const max = ceiling && ceiling >= peak ? ceiling : peak;
  const down = path(points.map((p) => p.down), max, slots);
  const up = path(points.map((p) => p.up), max, slots);
  const firstX = ((slots - points.length) * W) / Math.max(1, slots - 1);
  return (
    <svg className="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden>
      {baseline}
      <path d={`${down} L${W},${H} L${firstX.toFixed(1)},${H} Z`} className="spark-fill" />
      <path d={down} className="spark-down" />
      <path d={up} className="spark-up" />
    </svg>
  );
}
