import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { AlertsView } from '@/components/alerts/AlertsView';
import { PageError } from '@/components/ui/PageError';
import { alertFilterOf, alertViewFromParams, ALERTS_PAGE_SIZE } from '@/lib/alert-filter';
import { AGENT_OPTIONS } from '@/lib/graphql/documents/accounts';
import { ALERTS } from '@/lib/graphql/documents/alerts';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import type { SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AdminAlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.ADMIN);
  const view = alertViewFromParams(await searchParams);
  const [alerts, agents] = await Promise.all([
    serverGqlResult(ALERTS, { filter: alertFilterOf(view), first: ALERTS_PAGE_SIZE }),
    serverGqlResult(AGENT_OPTIONS),
  ]);
  if (!alerts.ok) {
    return <PageError title="Alerts" code={alerts.code} message={alerts.message} />;
  }
  return (
    <AlertsView
      isAdmin
      subtitle="Users and agents nearing or past their limits, across every agent."
      view={view}
      initial={alerts.data.alerts}
      unacknowledged={alerts.data.unacknowledgedAlerts}
      agentNames={agents.ok ? Object.fromEntries(agents.data.agents.map((a) => [a.id, a.username])) : {}}
      live={liveConfig(session)}
    />
  );
}
