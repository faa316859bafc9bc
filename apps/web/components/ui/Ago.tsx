'use client';

import { useEffect, useState } from 'react';
import { formatAgo, formatDateTime } from '@/lib/format';

/** "5 min ago", kept fresh while the page is open; the exact time on hover. */
export function Ago({ iso, empty = 'Never', every = 5000 }: { iso: string | null | undefined; empty?: string; every?: number }) {
  if (!iso) return <span className="muted">{empty}</span>;
  // Keyed by the time: a new one starts from a fresh reading of the clock, not the last tick's.
  return <Ticking key={iso} iso={iso} empty={empty} every={every} />;
}

function Ticking({ iso, empty, every }: { iso: string; empty: string; every: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(t);
  }, [every]);
  return (
    <time dateTime={iso} title={formatDateTime(iso)} suppressHydrationWarning>
      {formatAgo(iso, now, empty)}
    </time>
  );
}
