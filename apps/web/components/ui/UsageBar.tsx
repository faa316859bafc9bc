import { formatBytes, percentOf } from '@tm/shared';

/** "1.20 GB of 10.00 GB" with a bar; unlimited shows a striped bar and "Unlimited". */
export function UsageBar({ used, limit, size, label }: { used: string; limit: string | null | undefined; size?: 'lg'; label?: string }) {
  const pct = percentOf(used, limit ?? null);
  const width = pct === null ? 100 : Math.min(100, Math.max(pct > 0 ? 1.5 : 0, pct));
  const tone = pct === null ? 'unlimited' : pct >= 100 ? 'danger' : pct >= 75 ? 'warn' : '';
  return (
    <div className="usage">
      <div className="usage-text">
        <span>
          <b>{formatBytes(used)}</b> <span className="of">of {limit == null ? 'Unlimited' : formatBytes(limit)}</span>
        </span>
        {pct !== null && <span className="of">{pct.toFixed(pct >= 10 ? 0 : 1)}%</span>}
      </div>
      <div
        className={`bar ${tone}${size === 'lg' ? ' lg' : ''}`}
        role="progressbar"
        aria-label={label ?? 'Usage'}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct === null ? undefined : Math.min(100, pct)}
        aria-valuetext={pct === null ? `${formatBytes(used)} used, unlimited` : `${formatBytes(used)} of ${formatBytes(limit as string)}`}
      >
        <span style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
