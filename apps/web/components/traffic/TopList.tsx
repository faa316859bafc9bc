import type { ReactNode } from 'react';
import { formatBytes } from '@tm/shared';

export interface TopItem {
  id: string;
  name: string;
  /** Under the bar: owner, status, … (on its own line, so long names aren't cut short). */
  sub?: ReactNode;
  /** Bytes (decimal string): what the bar and the ranking show. */
  value: string;
  /** Right of the value, smaller: e.g. "of 10.00 GB" or the lifetime. */
  extra?: ReactNode;
  testId?: string;
  flash?: number;
}

/** A ranked list with bars relative to the first (heaviest) entry. */
export function TopList({ items, label }: { items: TopItem[]; label: string }) {
  const max = items.reduce((m, i) => (BigInt(i.value) > m ? BigInt(i.value) : m), 0n);
  return (
    <ol className="top-list" aria-label={label}>
      {items.map((item, i) => {
        const v = BigInt(item.value);
        const pct = max === 0n ? 0 : Number((v * 1000n) / max) / 10;
        return (
          <li key={`${item.id}:${item.flash ?? 0}`} className={item.flash ? 'flash' : undefined} data-testid={item.testId}>
            <span className="top-rank">{i + 1}</span>
            <div className="top-main">
              <div className="top-line">
                <span className="top-name" title={item.name}>
                  {item.name}
                </span>
                <span className="spacer" />
                <b className="top-value" data-testid="top-value">
                  {formatBytes(item.value)}
                </b>
                {item.extra && <span className="top-extra">{item.extra}</span>}
              </div>
              <div className="bar thin" aria-hidden>
                <span style={{ width: `${v > 0n ? Math.max(1.5, pct) : 0}%` }} />
              </div>
              {item.sub && <div className="top-sub">{item.sub}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
