import { formatDate, formatDateTime } from '@/lib/format';

/** A date rendered the same way on server and client (time zone differences are tolerated). */
export function When({ iso, time, empty = '—' }: { iso: string | null | undefined; time?: boolean; empty?: string }) {
  if (!iso) return <span className="muted">{empty}</span>;
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {time ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}
