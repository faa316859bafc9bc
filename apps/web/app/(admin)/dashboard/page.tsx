import type { Metadata } from 'next';
import Link from 'next/link';
import { Role } from '@tm/shared';
import { StatusChart } from '@/components/dashboard/StatusChart';
import { PageError } from '@/components/ui/PageError';
import { AdminTrafficOverview } from '@/components/traffic/AdminTrafficOverview';
import { Stat } from '@/components/ui/Stat';
import { statusCounts } from '@/lib/counts';
import { fetchAgentTraffic } from '@/lib/agent-traffic';
import { ADMIN_DASHBOARD } from '@/lib/graphql/documents/accounts';
import { ADMIN_TRAFFIC } from '@/lib/graphql/documents/traffic';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { seriesFrom } from '@/lib/series';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const session = await requireRole(Role.ADMIN);
  // Traffic separately: if only that part fails, the rest of the dashboard still shows.
  const [result, trafficResult] = await Promise.all([
    serverGqlResult(ADMIN_DASHBOARD),
    serverGqlResult(ADMIN_TRAFFIC, { bucket: 'HOUR', from: seriesFrom('HOUR'), first: 10 }),
  ]);
  if (!result.ok) {
    return <PageError title="Dashboard" code={result.code} message={result.message} />;
  }
  const d = result.data;
  const counts = statusCounts(d);
  const activeAgents = d.agents.filter((a) => a.status === 'ACTIVE').length;
  const attention = d.limited.totalCount + d.expired.totalCount + d.suspended.totalCount;
  const traffic = await fetchAgentTraffic();

  return (
    <div className="stack">
      <AdminTrafficOverview
        live={liveConfig(session)}
        stats={trafficResult.ok ? trafficResult.data.globalStats : null}
        series={trafficResult.ok ? trafficResult.data.usageSeries : null}
        topUsers={trafficResult.ok ? trafficResult.data.topUsers : null}
        error={trafficResult.ok ? null : { code: trafficResult.code, message: trafficResult.message }}
        agents={d.agents}
        traffic={traffic}
        counts={
          <div className="grid stats four">
            <Stat label="Agents" value={d.agents.length} hint={`${activeAgents} active`} testId="stat-agents" />
            <Stat label="Users" value={d.total.totalCount} hint={`${d.active.totalCount} active`} testId="stat-users" />
            <Stat label="Need attention" value={attention} hint="Limited, expired or suspended" testId="stat-attention" />
            <Stat label="Disabled" value={d.disabled.totalCount} hint="Turned off by hand" />
          </div>
        }
        statusCard={
          <section className="card">
            <div className="card-head">
              <div>
                <h2>Users by status</h2>
                <p>Across every agent.</p>
              </div>
              <Link href="/users" className="btn sm">
                All users
              </Link>
            </div>
            <div className="card-body">
              <StatusChart counts={counts} total={d.total.totalCount} />
            </div>
          </section>
        }
      />
    </div>
  );
}
