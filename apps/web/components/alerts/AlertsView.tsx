'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useSubscription, type LiveConfig } from '@/components/live/useSubscription';
import { Button } from '@/components/ui/Button';
import { TableFoot } from '@/components/ui/TableFoot';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconBell, IconCheck } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { ALERTS_PAGE_SIZE, matchesAlertView, alertFilterOf, type AlertView } from '@/lib/alert-filter';
import { gql } from '@/lib/graphql/client';
import { AGENT_OPTIONS } from '@/lib/graphql/documents/accounts';
import { ACKNOWLEDGE_ALERT, ACKNOWLEDGE_ALERTS, ALERT_RAISED, ALERTS } from '@/lib/graphql/documents/alerts';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { Alert, AlertConnection, AlertKind } from '@/lib/graphql/models';
import { announceAlertsChanged } from './alert-events';
import { AlertsTable } from './AlertsTable';

type Err = { code: string; message: string };

interface ListState {
  nodes: Alert[];
  totalCount: number;
  pageInfo: AlertConnection['pageInfo'];
}

const fromConnection = (c: AlertConnection): ListState => ({ nodes: c.nodes, totalCount: c.totalCount, pageInfo: c.pageInfo });
const plural = (n: number) => `${n} ${n === 1 ? 'alert' : 'alerts'}`;

export interface AlertsViewProps {
  isAdmin: boolean;
  subtitle: string;
  view: AlertView;
  initial: AlertConnection;
  unacknowledged: number;
  /** Admin: agent names, to say whose user an alert is about. */
  agentNames?: Record<string, string>;
  live: LiveConfig;
}

/**
 * Alerts at 75 / 90 / 100 % for users and agents: unacknowledged or all, by kind; acknowledge one
 * or all (confirmed); new ones arrive live from `alertRaised`.
 */
export function AlertsView({ isAdmin, subtitle, view, initial, unacknowledged: initialOpen, agentNames: initialNames = {}, live }: AlertsViewProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();

  // The list, reset whenever the server sends a new first page (filters changed, refresh).
  const [source, setSource] = useState(initial);
  const [list, setList] = useState<ListState>(() => fromConnection(initial));
  const [open, setOpen] = useState(initialOpen);
  if (source !== initial) {
    setSource(initial);
    setList(fromConnection(initial));
    setOpen(initialOpen);
  }
  const { nodes, totalCount, pageInfo } = list;

  const [notice, setNotice] = useNotice();
  const [error, setError] = useState<Err | null>(null);
  const [acknowledging, setAcknowledging] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [flash, setFlash] = useState<Record<string, number>>({});

  // Admin: names of agents, also of agents created after the page loaded.
  const [agentNames, setAgentNames] = useState(initialNames);
  function learnAgent(a: Alert) {
    if (!isAdmin || !a.agentId || agentNames[a.agentId]) return;
    if (a.kind === 'AGENT') {
      setAgentNames((n) => ({ ...n, [a.subjectId]: a.subjectName }));
      return;
    }
    void gql(AGENT_OPTIONS)
      .then((d) => setAgentNames(Object.fromEntries(d.agents.map((x) => [x.id, x.username]))))
      .catch(() => undefined);
  }

  const liveState = useSubscription(live, ALERT_RAISED, {}, (d) => {
    const a = d.alertRaised;
    if (!a) return;
    learnAgent(a);
    if (!a.acknowledgedAt) setOpen((n) => n + 1);
    if (!matchesAlertView(a, view)) return;
    setList((prev) =>
      prev.nodes.some((x) => x.id === a.id) ? prev : { ...prev, nodes: [a, ...prev.nodes], totalCount: prev.totalCount + 1 },
    );
    setFlash((f) => ({ ...f, [a.id]: (f[a.id] ?? 0) + 1 }));
  });

  function navigate(change: { show?: AlertView['show']; kind?: AlertKind | null }) {
    const next = { ...view, ...change };
    const params = new URLSearchParams();
    if (next.show === 'all') params.set('show', 'all');
    if (next.kind) params.set('kind', next.kind);
    const qs = params.toString();
    startNavigation(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  async function acknowledge(alert: Alert) {
    setAcknowledging(alert.id);
    setError(null);
    try {
      const done = (await gql(ACKNOWLEDGE_ALERT, { id: alert.id })).acknowledgeAlert;
      setList((prev) =>
        matchesAlertView(done, view)
          ? { ...prev, nodes: prev.nodes.map((x) => (x.id === done.id ? done : x)) }
          : { ...prev, nodes: prev.nodes.filter((x) => x.id !== done.id), totalCount: Math.max(0, prev.totalCount - 1) },
      );
      if (!alert.acknowledgedAt) setOpen((n) => Math.max(0, n - 1));
      setNotice(`Acknowledged the ${done.threshold}% alert for ${done.subjectName}.`);
      announceAlertsChanged();
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setAcknowledging(null);
    }
  }

  async function acknowledgeAll() {
    const n = (await gql(ACKNOWLEDGE_ALERTS)).acknowledgeAlerts;
    const at = new Date().toISOString();
    setList((prev) => {
      const nodes = prev.nodes.map((x) => (x.acknowledgedAt ? x : { ...x, acknowledgedAt: at })).filter((x) => matchesAlertView(x, view));
      const removed = prev.nodes.length - nodes.length;
      return { ...prev, nodes, totalCount: Math.max(0, prev.totalCount - removed), pageInfo: view.show === 'open' ? { endCursor: null, hasNextPage: false } : prev.pageInfo };
    });
    setOpen(0);
    setNotice(n === 0 ? 'Nothing left to acknowledge.' : `Acknowledged ${plural(n)}.`);
    announceAlertsChanged();
    // Exact acknowledgement times and anything raised meanwhile.
    startNavigation(() => router.refresh());
  }

  async function loadMore() {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const d = await gql(ALERTS, { filter: alertFilterOf(view), first: ALERTS_PAGE_SIZE, after: pageInfo.endCursor });
      setList((prev) => {
        const seen = new Set(prev.nodes.map((x) => x.id));
        return { nodes: [...prev.nodes, ...d.alerts.nodes.filter((x) => !seen.has(x.id))], totalCount: d.alerts.totalCount, pageInfo: d.alerts.pageInfo };
      });
      setOpen(d.unacknowledgedAlerts);
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="stack">
      <PageHead
        title="Alerts"
        subtitle={subtitle}
        actions={
          <>
            <LiveIndicator state={liveState} hint="New alerts appear as they are raised" />
            <Button variant="primary" onClick={() => setConfirmAll(true)} disabled={open === 0} data-testid="acknowledge-all">
              <IconCheck /> Acknowledge all
            </Button>
          </>
        }
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {error && <ErrorAlert code={error.code} message={error.message} />}
      <section className="card">
        <div className="toolbar">
          <div className="segmented" role="group" aria-label="Show">
            <button type="button" aria-pressed={view.show === 'open'} onClick={() => navigate({ show: 'open' })}>
              Unacknowledged <span className="seg-count" data-testid="open-count">{open}</span>
            </button>
            <button type="button" aria-pressed={view.show === 'all'} onClick={() => navigate({ show: 'all' })}>
              All
            </button>
          </div>
          <select className="select" aria-label="Kind" value={view.kind ?? ''} onChange={(e) => navigate({ kind: (e.target.value || null) as AlertKind | null })}>
            <option value="">Users and agents</option>
            <option value="USER">Users only</option>
            <option value="AGENT">Agents only</option>
          </select>
          {navigating && <span className="spinner" style={{ color: 'var(--primary)' }} aria-label="Loading" />}
          <span className="spacer" />
          <span className="small muted">Raised at 75, 90 and 100 % of a limit, once per threshold each period.</span>
        </div>

        {nodes.length === 0 ? (
          view.show === 'open' ? (
            <EmptyState
              title="All caught up"
              icon={<IconCheck width={24} height={24} />}
              action={
                <Button size="sm" onClick={() => navigate({ show: 'all' })}>
                  Show all alerts
                </Button>
              }
            >
              {view.kind ? `No unacknowledged ${view.kind === 'USER' ? 'user' : 'agent'} alerts.` : 'No unacknowledged alerts.'} New ones appear here as soon as a
              user or agent passes 75, 90 or 100 % of its limit.
            </EmptyState>
          ) : (
            <EmptyState title="No alerts yet" icon={<IconBell />}>
              An alert is raised when a user or agent passes 75, 90 or 100 % of its limit{isAdmin ? '; it can also be posted to a webhook (System page)' : ''}.
            </EmptyState>
          )
        ) : (
          <AlertsTable alerts={nodes} isAdmin={isAdmin} agentNames={agentNames} flash={flash} acknowledging={acknowledging} onAcknowledge={acknowledge} />
        )}

        {nodes.length > 0 && (
          <TableFoot
            shown={nodes.length}
            total={plural(totalCount)}
            testId="alerts-count"
            hasNextPage={pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
          />
        )}
      </section>

      {confirmAll && (
        <ConfirmDialog title={`Acknowledge ${plural(open)}?`} confirmLabel="Acknowledge all" danger={false} onClose={() => setConfirmAll(false)} onConfirm={acknowledgeAll}>
          Every unacknowledged alert you can see is marked as handled{isAdmin ? ', for every agent' : ''}. The alerts stay in the list under “All”; this
          doesn&apos;t change any limit or lift any suspension.
        </ConfirmDialog>
      )}
    </div>
  );
}
