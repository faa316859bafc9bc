import { formatDate, formatDateTime } from '@/lib/format';
import { formatDateInZone, formatInZone } from '@/lib/resets';

/** A date rendered the same way on server and client (time zone differences are tolerated). */
export function When({ iso, time, empty = '—' }: { iso: string | null | undefined; time?: boolean; empty?: string }) {
  if (!iso) return <span className="muted">{empty}</span>;
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {time ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}

/**
 * A date as a wall clock in `zone` reads it (a schedule's runs, a cycle's next reset), with the zone
 * on hover. Rendered on both sides; ICU versions may word it slightly differently, which is tolerated.
 */
export function ZonedWhen({ iso, zone, time, empty = '—' }: { iso: string | null | undefined; zone: string; time?: boolean; empty?: string }) {
  if (!iso) return <span className="muted">{empty}</span>;
  return (
    <time dateTime={iso} title={`${formatInZone(iso, zone)} (${zone})`} suppressHydrationWarning>
      {time ? formatInZone(iso, zone) : formatDateInZone(iso, zone)}
    </time>
  );
}
