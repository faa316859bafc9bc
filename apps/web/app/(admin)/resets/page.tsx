import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { ResetsView } from '@/components/resets/ResetsView';
import { RESET_EVENTS, RESET_SCHEDULES, RESET_SETTINGS, TRAFFIC_REPORTS } from '@/lib/graphql/documents/resets';
import { serverGqlResult, type Result } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { REPORTS_PAGE_SIZE, resetFilterOf, resetViewFromParams, RESETS_PAGE_SIZE } from '@/lib/resets';
import { requireRole } from '@/lib/session';
import type { SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Resets' };

function pick<T, K extends keyof T>(r: Result<T>, key: K): Result<T[K]> {
  return r.ok ? { ok: true, data: r.data[key] } : r;
}

export default async function ResetsPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.ADMIN);
  const view = resetViewFromParams(await searchParams);
  // Each part separately: one failing (e.g. an older API) leaves the others usable.
  const [events, schedules, reports, settings] = await Promise.all([
    serverGqlResult(RESET_EVENTS, { filter: resetFilterOf(view), first: RESETS_PAGE_SIZE }),
    serverGqlResult(RESET_SCHEDULES),
    serverGqlResult(TRAFFIC_REPORTS, { first: REPORTS_PAGE_SIZE }),
    serverGqlResult(RESET_SETTINGS),
  ]);
  return (
    <ResetsView
      view={view}
      events={pick(events, 'resetEvents')}
      schedules={pick(schedules, 'resetSchedules')}
      reports={pick(reports, 'trafficReports')}
      defaultTimeZone={settings.ok ? settings.data.settings.timeZone : null}
      live={liveConfig(session)}
    />
  );
}
