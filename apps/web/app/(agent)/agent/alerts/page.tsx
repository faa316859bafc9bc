import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { AlertsView } from '@/components/alerts/AlertsView';
import { PageError } from '@/components/ui/PageError';
import { alertFilterOf, alertViewFromParams, ALERTS_PAGE_SIZE } from '@/lib/alert-filter';
import { ALERTS } from '@/lib/graphql/documents/alerts';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { requireRole } from '@/lib/session';
import type { SearchParams } from '@/lib/users';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AgentAlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole(Role.AGENT);
  const view = alertViewFromParams(await searchParams);
  const alerts = await serverGqlResult(ALERTS, { filter: alertFilterOf(view), first: ALERTS_PAGE_SIZE });
  if (!alerts.ok) {
    return <PageError title="Alerts" code={alerts.code} message={alerts.message} />;
  }
  return (
    <AlertsView
      isAdmin={false}
      subtitle="Your traffic limit and your users' data limits: warnings at 75 and 90 %, and when a limit is reached."
      view={view}
      initial={alerts.data.alerts}
      unacknowledged={alerts.data.unacknowledgedAlerts}
      live={liveConfig(session)}
    />
  );
}
