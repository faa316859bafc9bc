import type { Metadata } from 'next';
import Link from 'next/link';
import { Role } from '@tm/shared';
import { StatusChart } from '@/components/dashboard/StatusChart';
import { AccountStatusBadge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageError } from '@/components/ui/PageError';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { UsageBar } from '@/components/ui/UsageBar';
import { statusCounts, type UserCountsData } from '@/lib/counts';
import { formatLimit } from '@/lib/format';
import { fetchAgentTraffic } from '@/lib/agent-traffic';
import { ADMIN_DASHBOARD } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { Account } from '@/lib/graphql/types';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

type Data = UserCountsData & { agents: Account[] };

export default async function AdminDashboard() {
  await requireRole(Role.ADMIN);
  const result = await serverGqlResult<Data>(ADMIN_DASHBOARD);
  if (!result.ok) {
    return <PageError title="Dashboard" code={result.code} message={result.message} />;
  }
  const d = result.data;
  const counts = statusCounts(d);
  const activeAgents = d.agents.filter((a) => a.status === 'ACTIVE').length;
  const attention = d.limited.totalCount + d.expired.totalCount + d.suspended.totalCount;
  const traffic = await fetchAgentTraffic(d.agents.map((a) => a.id));
  const ranked = d.agents
    .map((a) => ({ agent: a, traffic: traffic[a.id] ?? null }))
    .sort((x, y) => (y.traffic?.percent ?? -1) - (x.traffic?.percent ?? -1) || y.agent.userCount - x.agent.userCount)
    .slice(0, 8);

  return (
    <div className="stack">
      <PageHead title="Dashboard" subtitle="Agents, users and how close each agent is to its traffic limit." />
      <div className="grid stats">
        <Stat label="Agents" value={d.agents.length} hint={`${activeAgents} active`} testId="stat-agents" />
        <Stat label="Users" value={d.total.totalCount} hint={`${d.active.totalCount} active`} testId="stat-users" />
        <Stat label="Need attention" value={attention} hint="Limited, expired or suspended" testId="stat-attention" />
        <Stat label="Disabled" value={d.disabled.totalCount} hint="Turned off by hand" />
      </div>
      <div className="grid two">
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
        <section className="card">
          <div className="card-head">
            <div>
              <h2>Agents closest to their limit</h2>
              <p>Charged usage this period.</p>
            </div>
            <Link href="/agents" className="btn sm">
              All agents
            </Link>
          </div>
          {ranked.length === 0 ? (
            <EmptyState title="No agents yet" action={<Link className="btn primary" href="/agents">Create an agent</Link>}>
              Agents are resellers: each gets a login, a traffic limit and its own users.
            </EmptyState>
          ) : (
            <div className="card-body stack" style={{ gap: 16 }}>
              {ranked.map(({ agent, traffic: t }) => (
                <div key={agent.id}>
                  <div className="row" style={{ marginBottom: 6 }}>
                    <b>{agent.username}</b>
                    <AccountStatusBadge status={agent.status} />
                    <span className="spacer" />
                    <span className="small muted">{agent.userCount} users</span>
                  </div>
                  {t ? <UsageBar used={t.charged} limit={t.limit} label={`${agent.username} charged usage`} /> : <span className="small muted">Limit {formatLimit(agent.trafficLimit)} · usage figures unavailable</span>}
                </div>
              ))}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
