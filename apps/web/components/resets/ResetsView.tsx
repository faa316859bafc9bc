'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import type { LiveConfig } from '@/components/live/useSubscription';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { gql } from '@/lib/graphql/client';
import { RESET_EVENTS } from '@/lib/graphql/documents/resets';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ResetEvent, ResetEventConnection, ResetSchedule, TrafficReportConnection } from '@/lib/graphql/models';
import { matchesResetView, resetFilterOf, resetSummary, resetViewQuery, RESETS_PAGE_SIZE, type ResetView } from '@/lib/resets';
import { ReportsCard } from './ReportsCard';
import { ResetAllDialog } from './ResetAllDialog';
import { DepletedUsersDialog } from './TargetResetDialogs';
import { ResetHistory } from './ResetHistory';
import { SchedulesCard } from './SchedulesCard';
import { useResetPerformed } from './useResetPerformed';

type Err = { code: string; message: string };
type Loaded<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

const EMPTY: ResetEventConnection = { nodes: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } };

/**
 * The Resets page: the audit history (live from `resetPerformed`), "Reset all" behind a typed phrase,
 * deleting depleted users, scheduled resets and traffic reports.
 */
export function ResetsView({
  view,
  events,
  schedules,
  reports,
  defaultTimeZone,
  live,
}: {
  view: ResetView;
  events: Loaded<ResetEventConnection>;
  schedules: Loaded<ResetSchedule[]>;
  reports: Loaded<TrafficReportConnection>;
  defaultTimeZone: string | null;
  live: LiveConfig;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();
  const [notice, setNotice] = useNotice(10_000);
  const [dialog, setDialog] = useState<'reset-all' | 'depleted' | null>(null);

  const initial = events.ok ? events.data : EMPTY;
  const [source, setSource] = useState(initial);
  const [list, setList] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setList(initial);
  }
  const [flash, setFlash] = useState<Record<string, number>>({});
  const [loadingMore, setLoadingMore] = useState(false);
  const [listError, setListError] = useState<Err | null>(null);

  /** One place that puts a new event on top: our own mutations and the subscription's echo agree. */
  function add(e: ResetEvent) {
    if (!matchesResetView(e, view)) return;
    setList((prev) => (prev.nodes.some((x) => x.id === e.id) ? prev : { ...prev, nodes: [e, ...prev.nodes], totalCount: prev.totalCount + 1 }));
    setFlash((f) => ({ ...f, [e.id]: (f[e.id] ?? 0) + 1 }));
  }

  const liveState = useResetPerformed(live, (e) => {
    add(e);
    // A scheduled run changes its schedule's last run and the reports: reload them.
    if (e.scheduleId || e.reportId) startNavigation(() => router.refresh());
  });

  // Filters picked one after another, before the first navigation lands, add up.
  const wanted = useRef(view);
  useEffect(() => {
    wanted.current = view;
  }, [view]);

  function filter(change: Partial<ResetView>) {
    const next = { ...wanted.current, ...change };
    wanted.current = next;
    const qs = resetViewQuery(next);
    startNavigation(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  async function loadMore() {
    if (!list.pageInfo.endCursor) return;
    setLoadingMore(true);
    setListError(null);
    try {
      const d = await gql(RESET_EVENTS, { filter: resetFilterOf(view), first: RESETS_PAGE_SIZE, after: list.pageInfo.endCursor });
      setList((prev) => {
        const seen = new Set(prev.nodes.map((x) => x.id));
        return { nodes: [...prev.nodes, ...d.resetEvents.nodes.filter((x) => !seen.has(x.id))], totalCount: d.resetEvents.totalCount, pageInfo: d.resetEvents.pageInfo };
      });
    } catch (err) {
      setListError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setLoadingMore(false);
    }
  }

  function done(e: ResetEvent) {
    add(e);
    setNotice(resetSummary(e));
    setDialog(null);
  }

  return (
    <div className="stack">
      <PageHead
        title="Resets"
        subtitle="Put period usage back to zero by hand or on a schedule. Every reset is logged with who, why and what it cleared."
        actions={
          <>
            <Button onClick={() => setDialog('depleted')}>Delete depleted users</Button>
            <Button variant="danger" onClick={() => setDialog('reset-all')}>
              Reset all…
            </Button>
          </>
        }
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {events.ok ? (
        <ResetHistory
          list={list}
          view={view}
          navigating={navigating}
          liveState={liveState}
          flash={flash}
          loadingMore={loadingMore}
          error={listError}
          onFilter={filter}
          onLoadMore={loadMore}
        />
      ) : (
        <section className="card">
          <div className="card-body stack" style={{ gap: 10 }}>
            <h2>History</h2>
            <ErrorAlert code={events.code} message={`The reset history is unavailable: ${events.message}`} />
          </div>
        </section>
      )}
      <SchedulesCard
        initial={schedules.ok ? schedules.data : null}
        loadError={schedules.ok ? null : { code: schedules.code, message: schedules.message }}
        defaultTimeZone={defaultTimeZone}
        onNotice={setNotice}
      />
      <ReportsCard initial={reports.ok ? reports.data : null} loadError={reports.ok ? null : { code: reports.code, message: reports.message }} onNotice={setNotice} />

      {dialog === 'reset-all' && <ResetAllDialog onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'depleted' && <DepletedUsersDialog server={null} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}
