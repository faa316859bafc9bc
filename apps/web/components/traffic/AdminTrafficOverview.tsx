'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';
import { formatBytes } from '@tm/shared';
import { LIVE_REFETCH_MS, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { useUsageUpdates } from '@/components/live/useUsageUpdates';
import { AccountStatusBadge, Badge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconChart } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { formatLimit, formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { AGENTS_TRAFFIC } from '@/lib/graphql/documents/accounts';
import { GLOBAL_STATS, TOP_USERS } from '@/lib/graphql/documents/traffic';
import { byAgent } from '@/lib/quota';
import type { Account, AgentTraffic, GlobalStats, UsagePoint, UsageUpdate, User } from '@/lib/graphql/models';
import { TopList } from './TopList';
import { UsageChartCard } from './UsageChartCard';
import { UsageBar } from '@/components/ui/UsageBar';
import { useResetPerformed } from '@/components/resets/useResetPerformed';

const TOP = 10;

type Err = { code: string; message: string };

export interface AdminTrafficProps {
  live: LiveConfig;
  stats: GlobalStats | null;
  series: UsagePoint[] | null;
  topUsers: User[] | null;
  /** The traffic query failed (e.g. the API is older than the portal): shown inline. */
  error: Err | null;
  agents: Account[];
  traffic: Record<string, AgentTraffic>;
  /** Server-rendered parts placed inside this layout. */
  counts: ReactNode;
  statusCard: ReactNode;
}

const byUsedDesc = (a: User, b: User) => (BigInt(b.used) > BigInt(a.used) ? 1 : BigInt(b.used) < BigInt(a.used) ? -1 : 0);

/**
 * The admin dashboard's traffic: global figures, the chart, top users and top agents, kept
 * current by `usageUpdated` (GLOBAL and AGENT events) without a reload. Events set the
 * figures they carry at once; the rest is refetched at most every few seconds.
 */
export function AdminTrafficOverview({ live, stats: initialStats, series, topUsers: initialTop, error, agents, traffic: initialTraffic, counts, statusCard }: AdminTrafficProps) {
  const [stats, setStats] = useState(initialStats);
  const [topUsers, setTopUsers] = useState(initialTop);
  const [traffic, setTraffic] = useState(initialTraffic);
  const [signal, setSignal] = useState(0);
  const [flash, setFlash] = useState(0);
  const dirtyAgents = useRef(new Set<string>()).current;

  const refetch = useThrottle(() => {
    setSignal((n) => n + 1);
    void gql(GLOBAL_STATS)
      .then((d) => setStats(d.globalStats))
      .catch(() => undefined);
    void gql(TOP_USERS, { first: TOP })
      .then((d) => setTopUsers(d.topUsers))
      .catch(() => undefined);
    if (dirtyAgents.size) {
      dirtyAgents.clear();
      void gql(AGENTS_TRAFFIC)
        .then((d) => setTraffic(byAgent(d.agentsTraffic)))
        .catch(() => undefined);
    }
  }, LIVE_REFETCH_MS);

  function onUpdate(u: UsageUpdate) {
    if (u.scope === 'GLOBAL') {
      setStats((s) => (s ? { ...s, used: u.used, lifetime: u.lifetime, up: u.up ?? s.up, down: u.down ?? s.down } : s));
      setFlash((n) => n + 1);
    } else if (u.scope === 'AGENT' && u.agentId) {
      const id = u.agentId;
      setTraffic((t) => (t[id] ? { ...t, [id]: { ...t[id], charged: u.used, lifetime: u.lifetime } } : t));
      dirtyAgents.add(id);
    }
    refetch();
  }
  const liveState = useUsageUpdates(live, {}, onUpdate);

  // A reset sends no usage events: refetch every figure (they drop to zero) and the status counts
  // (limited users may be active again).
  const router = useRouter();
  useResetPerformed(live, () => {
    agents.forEach((a) => dirtyAgents.add(a.id));
    setFlash((n) => n + 1);
    refetch();
    router.refresh();
  });

  const head = (
    <PageHead
      title="Dashboard"
      subtitle="Traffic across every server, the heaviest users and agents, and how close each agent is to its limit."
      actions={<LiveIndicator state={liveState} hint="Traffic figures update as samples are counted" />}
    />
  );

  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const ranked = agents
    .map((a) => ({ agent: a, t: traffic[a.id] ?? null }))
    .sort((x, y) => (y.t?.percent ?? -1) - (x.t?.percent ?? -1) || y.agent.userCount - x.agent.userCount)
    .slice(0, 8);
  const closest = (
    <section className="card" data-testid="agents-closest">
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
          {ranked.map(({ agent, t }) => (
            <div key={agent.id} data-testid={`closest-${agent.username}`}>
              <div className="row" style={{ marginBottom: 6 }}>
                <b>{agent.username}</b>
                <AccountStatusBadge status={agent.status} />
                <span className="spacer" />
                <span className="small muted">{plural(agent.userCount, 'user', 'users')}</span>
              </div>
              {t ? (
                <UsageBar used={t.quotaMode === 'ALLOCATION' ? t.allocated : t.charged} limit={t.limit} label={`${agent.username} charged usage`} />
              ) : (
                <span className="small muted">Limit {formatLimit(agent.trafficLimit)} · usage figures unavailable</span>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
  const rest = (
    <>
      {counts}
      <div className="grid two">
        {statusCard}
        {closest}
      </div>
    </>
  );

  if (!stats && error) {
    return (
      <>
        {head}
        <section className="card">
          <div className="card-body stack" style={{ gap: 10 }}>
            <h2>Traffic</h2>
            <ErrorAlert code={error.code} message={`Traffic figures are unavailable: ${error.message}`} />
          </div>
        </section>
        {rest}
      </>
    );
  }

  const users = (topUsers ?? []).filter((u) => BigInt(u.used) > 0n).sort(byUsedDesc).slice(0, TOP);
  const topAgents = agents
    .map((a) => ({ agent: a, t: traffic[a.id] }))
    .filter((x): x is { agent: Account; t: AgentTraffic } => !!x.t && BigInt(x.t.charged) > 0n)
    .sort((x, y) => (BigInt(y.t.charged) > BigInt(x.t.charged) ? 1 : BigInt(y.t.charged) < BigInt(x.t.charged) ? -1 : 0))
    .slice(0, 8);

  return (
    <>
      {head}
      {stats && (
        <div className="grid stats four" data-testid="traffic-stats">
          <Stat
            label="Used this period"
            value={<span key={flash} className={flash ? 'pulse' : undefined}>{formatBytes(stats.used)}</span>}
            hint={
              <>
                ↓ {formatBytes(stats.down)} · ↑ {formatBytes(stats.up)}
              </>
            }
            testId="stat-used"
          />
          <Stat label="Lifetime" value={formatBytes(stats.lifetime)} hint="Ever counted; never decreases" testId="stat-lifetime" />
          <Stat label="Samples" value={formatNumber(stats.samples)} hint="Reports ever counted" testId="stat-samples" />
          <Stat
            label="Servers"
            value={formatNumber(stats.servers)}
            hint={
              <Link href="/servers" className="small">
                Manage traffic sources
              </Link>
            }
            testId="stat-servers"
          />
        </div>
      )}
      <UsageChartCard title="Traffic" subtitle="Download and upload counted across every server." initial={series} initialError={series ? null : error} refreshSignal={signal} />
      <div className="grid two">
        <section className="card" data-testid="top-users">
          <div className="card-head">
            <div>
              <h2>Top users</h2>
              <p>Most data used this period.</p>
            </div>
            <Link href="/traffic" className="btn sm">
              Per-user breakdown
            </Link>
          </div>
          {topUsers === null ? (
            <div className="card-body">
              <span className="small muted">Unavailable right now.</span>
            </div>
          ) : users.length === 0 ? (
            <EmptyState title="No traffic yet" icon={<IconChart />} action={<Link className="btn" href="/servers">Add a server</Link>}>
              Users appear here once a server reports their traffic.
            </EmptyState>
          ) : (
            <div className="card-body">
              <TopList
                label="Top users"
                items={users.map((u) => ({
                  id: u.id,
                  name: u.username,
                  sub: u.agentUsername ?? <Badge tone="gray" plain>Admin</Badge>,
                  value: u.used,
                  extra: u.dataLimit ? `of ${formatBytes(u.dataLimit)}` : undefined,
                  testId: `top-user-${u.username}`,
                }))}
              />
            </div>
          )}
        </section>
        <section className="card" data-testid="top-agents">
          <div className="card-head">
            <div>
              <h2>Top agents</h2>
              <p>Charged usage this period.</p>
            </div>
            <Link href="/agents" className="btn sm">
              All agents
            </Link>
          </div>
          {topAgents.length === 0 ? (
            <EmptyState title="No agent charged yet" icon={<IconChart />}>
              An agent is charged for what its users move; the heaviest appear here.
            </EmptyState>
          ) : (
            <div className="card-body">
              <TopList
                label="Top agents"
                items={topAgents.map(({ agent, t }) => ({
                  id: agent.id,
                  name: agent.username,
                  sub: agent.status === 'ACTIVE' ? plural(agent.userCount, 'user', 'users') : <AccountStatusBadge status={agent.status} />,
                  value: t.charged,
                  extra: t.limit ? `of ${formatLimit(t.limit)}` : 'no limit',
                  testId: `top-agent-${agent.username}`,
                }))}
              />
            </div>
          )}
        </section>
      </div>
      {rest}
    </>
  );
}
