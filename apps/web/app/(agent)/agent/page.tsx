import type { Metadata } from 'next';
import Link from 'next/link';
import { formatBytes, Role } from '@tm/shared';
import { StatusChart } from '@/components/dashboard/StatusChart';
import { QuotaModeBadge } from '@/components/ui/Badge';
import { PageError } from '@/components/ui/PageError';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { UsageBar } from '@/components/ui/UsageBar';
import { statusCounts, type UserCountsData } from '@/lib/counts';
import { AGENT_DASHBOARD, AGENT_TRAFFIC } from '@/lib/graphql/documents';
import { serverGqlResult } from '@/lib/graphql/server';
import type { Account, AgentTraffic } from '@/lib/graphql/types';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

type Data = UserCountsData & { me: Account };

export default async function AgentDashboard() {
  const session = await requireRole(Role.AGENT);
  const [result, traffic] = await Promise.all([
    serverGqlResult<Data>(AGENT_DASHBOARD),
    serverGqlResult<{ agentTraffic: AgentTraffic }>(AGENT_TRAFFIC, { agentId: session.user.id }),
  ]);
  if (!result.ok) {
    return <PageError title="Dashboard" code={result.code} message={result.message} />;
  }
  const { me } = result.data;
  const counts = statusCounts(result.data);
  const total = result.data.total.totalCount;
  const t = traffic.ok ? traffic.data.agentTraffic : null;
  const allocationMode = (t?.quotaMode ?? me.quotaMode) === 'ALLOCATION';

  return (
    <div className="stack">
      <PageHead
        title={`Welcome, ${me.username}`}
        subtitle="Your traffic allowance and your users."
        actions={
          <Link className="btn primary" href="/agent/users">
            Manage users
          </Link>
        }
      />
      {t?.exceeded && (
        <div className="alert warn" role="status">
          <div>
            <strong>Traffic limit reached.</strong> Your active users are suspended until an administrator raises your limit or
            resets your usage.
          </div>
        </div>
      )}
      <div className="grid stats">
        <Stat label="My users" value={total} hint={me.maxUsers != null ? `of ${me.maxUsers} allowed` : 'No cap on users'} testId="stat-users" />
        <Stat label="Active" value={result.data.active.totalCount} />
        <Stat label="Limited or expired" value={result.data.limited.totalCount + result.data.expired.totalCount} />
        <Stat label="Suspended" value={result.data.suspended.totalCount} hint="By your traffic limit" />
      </div>
      <div className="grid two">
        <section className="card" data-testid="traffic-card">
          <div className="card-head">
            <div>
              <h2>Traffic limit</h2>
              <p>{allocationMode ? 'Data limits you have granted, drawn from your limit.' : 'What your users moved this period.'}</p>
            </div>
            <QuotaModeBadge mode={t?.quotaMode ?? me.quotaMode} />
          </div>
          <div className="card-body stack" style={{ gap: 18 }}>
            {t ? (
              <>
                <UsageBar used={allocationMode ? t.allocated : t.charged} limit={t.limit} size="lg" label="Traffic limit" />
                <dl className="kv">
                  <dt>Limit</dt>
                  <dd data-testid="agent-limit">{t.limit == null ? 'Unlimited' : formatBytes(t.limit)}</dd>
                  <dt>Charged usage</dt>
                  <dd>{formatBytes(t.charged)}</dd>
                  {allocationMode && (
                    <>
                      <dt>Allocated</dt>
                      <dd>{formatBytes(t.allocated)}</dd>
                    </>
                  )}
                  <dt>Remaining</dt>
                  <dd>{t.remaining == null ? 'Unlimited' : formatBytes(t.remaining)}</dd>
                  <dt>Lifetime</dt>
                  <dd>{formatBytes(t.lifetime)}</dd>
                </dl>
              </>
            ) : (
              <>
                <dl className="kv">
                  <dt>Limit</dt>
                  <dd data-testid="agent-limit">{me.trafficLimit == null ? 'Unlimited' : formatBytes(me.trafficLimit)}</dd>
                </dl>
                {!traffic.ok && <p className="small muted" title={traffic.message}>Usage figures are unavailable right now.</p>}
              </>
            )}
          </div>
        </section>
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
      </div>
    </div>
  );
}
