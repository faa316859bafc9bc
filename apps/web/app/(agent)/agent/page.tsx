import type { Metadata } from 'next';
import Link from 'next/link';
import { Role } from '@tm/shared';
import { StatusChart } from '@/components/dashboard/StatusChart';
import { AgentTrafficOverview } from '@/components/traffic/AgentTrafficOverview';
import { PageError } from '@/components/ui/PageError';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { statusCounts } from '@/lib/counts';
import { AGENT_DASHBOARD, AGENT_TRAFFIC } from '@/lib/graphql/documents/accounts';
import { AGENT_OWN_TRAFFIC } from '@/lib/graphql/documents/traffic';
import { serverGqlResult } from '@/lib/graphql/server';
import { liveConfig } from '@/lib/live';
import { seriesFrom } from '@/lib/series';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };


export default async function AgentDashboard() {
  const session = await requireRole(Role.AGENT);
  const [result, traffic, usage] = await Promise.all([
    serverGqlResult(AGENT_DASHBOARD),
    serverGqlResult(AGENT_TRAFFIC, { agentId: session.user.id }),
    serverGqlResult(AGENT_OWN_TRAFFIC, { bucket: 'HOUR', from: seriesFrom('HOUR'), first: 10 }),
  ]);
  if (!result.ok) {
    return <PageError title="Dashboard" code={result.code} message={result.message} />;
  }
  const { me } = result.data;
  const counts = statusCounts(result.data);
  const total = result.data.total.totalCount;

  return (
    <div className="stack">
      <PageHead
        title={`Welcome, ${me.username}`}
        subtitle="Your traffic allowance, what your users moved, and your users."
        actions={
          <Link className="btn primary" href="/agent/users">
            Manage users
          </Link>
        }
      />
      <AgentTrafficOverview
        live={liveConfig(session)}
        me={me}
        traffic={traffic.ok ? traffic.data.agentTraffic : null}
        trafficError={traffic.ok ? null : { code: traffic.code, message: traffic.message }}
        series={usage.ok ? usage.data.usageSeries : null}
        topUsers={usage.ok ? usage.data.topUsers : null}
        error={usage.ok ? null : { code: usage.code, message: usage.message }}
        counts={
          <div className="grid stats">
            <Stat label="My users" value={total} hint={me.maxUsers != null ? `of ${me.maxUsers} allowed` : 'No cap on users'} testId="stat-users" />
            <Stat label="Active" value={result.data.active.totalCount} />
            <Stat label="Limited or expired" value={result.data.limited.totalCount + result.data.expired.totalCount} />
            <Stat label="Suspended" value={result.data.suspended.totalCount} hint="By your traffic limit" testId="stat-suspended" />
          </div>
        }
        statusCard={
          <section className="card">
            <div className="card-head">
              <div>
                <h2>Users by status</h2>
                <p>Only your own users.</p>
              </div>
            </div>
            <div className="card-body">
              <StatusChart counts={counts} total={total} />
            </div>
          </section>
        }
      />
    </div>
  );
}
