'use client';

import { useEffect, useState } from 'react';
import { formatAgo, formatDateTime } from '@/lib/format';

/** "5 min ago", kept fresh while the page is open; the exact time on hover. */
export function Ago({ iso, empty = 'Never', every = 5000 }: { iso: string | null | undefined; empty?: string; every?: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(t);
  }, [every, iso]);
  if (!iso) return <span className="muted">{empty}</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)} suppressHydrationWarning>
      {formatAgo(iso, now, empty)}
    </time>
  );
}
