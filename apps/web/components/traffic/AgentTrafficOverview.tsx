'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatBytes, percentOf } from '@tm/shared';
import { LIVE_REFETCH_MS, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { useUsageUpdates } from '@/components/live/useUsageUpdates';
import { QuotaModeBadge, UserStatusBadge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconChart } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { gql } from '@/lib/graphql/client';
import { AGENT_TRAFFIC } from '@/lib/graphql/documents/accounts';
import { TOP_USERS } from '@/lib/graphql/documents/traffic';
import type { Account, AgentTraffic, UsagePoint, UsageUpdate, User } from '@/lib/graphql/models';
import { remainingText } from '@/lib/quota';
import { useResetPerformed } from '@/components/resets/useResetPerformed';
import { QuotaGauge } from './QuotaGauge';
import { TopList } from './TopList';
import { UsageChartCard } from './UsageChartCard';

const TOP = 10;
type Err = { code: string; message: string };

const byUsedDesc = (a: User, b: User) => (BigInt(b.used) > BigInt(a.used) ? 1 : BigInt(b.used) < BigInt(a.used) ? -1 : 0);

/** An AGENT event carries the new charged and lifetime figures: apply them until the refetch lands. */
function withCharged(t: AgentTraffic, used: string, lifetime: string): AgentTraffic {
  const over = t.limit != null && BigInt(used) >= BigInt(t.limit);
  if (t.quotaMode === 'ALLOCATION') return { ...t, charged: used, lifetime, exceeded: t.exceeded || over };
  const remaining = t.limit == null ? null : BigInt(t.limit) > BigInt(used) ? (BigInt(t.limit) - BigInt(used)).toString() : '0';
  const percent = percentOf(used, t.limit);
  return { ...t, charged: used, lifetime, remaining, percent, exceeded: t.exceeded || over, soldOut: t.soldOut || remaining === '0' };
}

/**
 * The agent's dashboard below its title: its traffic limit bar, its chart and its top users,
 * live from `usageUpdated` (its AGENT event and its users' USER events).
 */
export function AgentTrafficOverview({
  live,
  me,
  traffic: initialTraffic,
  trafficError,
  series,
  topUsers: initialTop,
  error,
  counts,
  statusCard,
}: {
  live: LiveConfig;
  me: Account;
  traffic: AgentTraffic | null;
  trafficError: Err | null;
  series: UsagePoint[] | null;
  topUsers: User[] | null;
  error: Err | null;
  /** Server-rendered parts placed inside this layout. */
  counts: ReactNode;
  statusCard: ReactNode;
}) {
  const [t, setT] = useState(initialTraffic);
  const [topUsers, setTopUsers] = useState(initialTop);
  const [signal, setSignal] = useState(0);
  const [flash, setFlash] = useState<Record<string, number>>({});

  const refetch = useThrottle(() => {
    setSignal((n) => n + 1);
    void gql(AGENT_TRAFFIC, { agentId: me.id })
      .then((d) => setT(d.agentTraffic))
      .catch(() => undefined);
    void gql(TOP_USERS, { first: TOP })
      .then((d) => setTopUsers(d.topUsers))
      .catch(() => undefined);
  }, LIVE_REFETCH_MS);

  const liveState = useUsageUpdates(live, {}, (u: UsageUpdate) => {
    if (u.scope === 'AGENT' && (!u.agentId || u.agentId === me.id)) {
      setT((prev) => (prev ? withCharged(prev, u.used, u.lifetime) : prev));
      setFlash((f) => ({ ...f, agent: (f.agent ?? 0) + 1 }));
    } else if (u.scope === 'USER' && u.userId) {
      const id = u.userId;
      setTopUsers((list) => list?.map((x) => (x.id === id ? { ...x, used: u.used, lifetime: u.lifetime } : x)) ?? list);
      setFlash((f) => ({ ...f, [id]: (f[id] ?? 0) + 1 }));
    }
    refetch();
  });

  // Over the line (or back under), enforcement changed users' statuses: reload the server-rendered counts.
  const router = useRouter();

  // A reset of one of its users (or of the agent) sends no usage events: refetch the figures and the counts.
  useResetPerformed(live, () => {
    setFlash((f) => ({ ...f, agent: (f.agent ?? 0) + 1 }));
    refetch();
    router.refresh();
  });
  const wasExceeded = useRef(t?.exceeded ?? false);
  useEffect(() => {
    const now = t?.exceeded ?? false;
    if (now === wasExceeded.current) return;
    wasExceeded.current = now;
    // Give enforcement a moment to finish suspending / resuming before counting again.
    const timer = setTimeout(() => {
      router.refresh();
      refetch();
    }, 1500);
    return () => clearTimeout(timer);
  }, [t?.exceeded, router, refetch]);

  const allocationMode = (t?.quotaMode ?? me.quotaMode) === 'ALLOCATION';
  const users = (topUsers ?? []).filter((u) => BigInt(u.used) > 0n).sort(byUsedDesc).slice(0, TOP);

  return (
    <>
      {t?.exceeded ? (
        <div className="alert" role="status" data-testid="limit-exceeded">
          <div>
            <strong>Your traffic limit is reached:</strong>{' '}
            {me.overLimitAction === 'THROTTLE'
              ? 'your users stay online at the throttle speed until an admin raises it.'
              : 'your users are suspended until an admin raises it.'}{' '}
            <Link href="/agent/users?status=SUSPENDED">See suspended users</Link>
          </div>
        </div>
      ) : t?.soldOut ? (
        <div className="alert warn" role="status" data-testid="sold-out">
          <div>
            <strong>Nothing left to sell.</strong>{' '}
            {allocationMode
              ? 'You have granted your whole traffic limit in data limits: new users need an admin to raise your limit.'
              : 'Your users have used your whole traffic limit: ask an admin to raise it.'}
          </div>
        </div>
      ) : null}
      {counts}
      <div className="grid two">
        <section className="card" data-testid="traffic-card">
          <div className="card-head">
            <div>
              <h2>Traffic limit</h2>
              <p>{allocationMode ? 'Data limits you have granted, drawn from your limit.' : 'What your users moved this period.'}</p>
            </div>
            <div className="row">
              <LiveIndicator state={liveState} hint="Your usage updates as it is counted" />
              <QuotaModeBadge mode={t?.quotaMode ?? me.quotaMode} />
            </div>
          </div>
          <div className="card-body stack" style={{ gap: 18 }}>
            {t ? (
              <>
                <div className="quota">
                  {t.limit == null ? (
                    <div className="gauge-unlimited" data-testid="quota-unlimited">
                      <div>
                        <div className="gauge-value">Unlimited</div>
                        <div className="small muted">No traffic limit on your account</div>
                      </div>
                    </div>
                  ) : (
                    <QuotaGauge used={allocationMode ? t.allocated : t.charged} limit={t.limit} percent={t.percent} />
                  )}
                  <dl className="kv">
                    <dt>Limit</dt>
                    <dd data-testid="agent-limit">{t.limit == null ? 'Unlimited' : formatBytes(t.limit)}</dd>
                    <dt>Charged usage</dt>
                    <dd data-testid="agent-charged">
                      <span key={flash.agent ?? 0} className={flash.agent ? 'pulse' : undefined}>
                        {formatBytes(t.charged)}
                      </span>
                    </dd>
                    {allocationMode && (
                      <>
                        <dt>Allocated</dt>
                        <dd data-testid="agent-allocated">{formatBytes(t.allocated)}</dd>
                      </>
                    )}
                    <dt>Remaining</dt>
                    <dd data-testid="agent-remaining">{remainingText(t)}</dd>
                    <dt>Lifetime</dt>
                    <dd data-testid="agent-lifetime">{formatBytes(t.lifetime)}</dd>
                  </dl>
                </div>
                <div className="subsection" data-testid="can-sell">
                  <h3>You can still sell</h3>
                  <div className="sell">
                    <div className={`sell-tile${t.remaining === '0' ? ' empty-stock' : ''}`}>
                      <div className="stat-label">Data to grant</div>
                      <div className="stat-value" data-testid="sell-remaining">
                        {remainingText(t)}
                      </div>
                      <div className="stat-hint">{t.limit == null ? 'No traffic limit' : `of your ${formatBytes(t.limit)} limit`}</div>
                    </div>
                    <div className={`sell-tile${t.userSlotsLeft === 0 ? ' empty-stock' : ''}`}>
                      <div className="stat-label">User slots</div>
                      <div className="stat-value" data-testid="sell-slots">
                        {t.userSlotsLeft ?? 'No cap'}
                      </div>
                      <div className="stat-hint">{t.maxUsers == null ? `${t.users} users so far` : `${t.users} of ${t.maxUsers} users created`}</div>
                    </div>
                  </div>
                </div>
              </>
            ) : (
              <>
                <dl className="kv">
                  <dt>Limit</dt>
                  <dd data-testid="agent-limit">{me.trafficLimit == null ? 'Unlimited' : formatBytes(me.trafficLimit)}</dd>
                </dl>
                {trafficError && (
                  <p className="small muted" title={trafficError.message}>
                    Usage figures are unavailable right now.
                  </p>
                )}
              </>
            )}
          </div>
        </section>
        {statusCard}
      </div>
      <div className="grid chart-side">
        <UsageChartCard title="My traffic" subtitle="What your users moved, download and upload." initial={series} initialError={series ? null : error} refreshSignal={signal} />
        <section className="card" data-testid="top-users">
          <div className="card-head">
            <div>
              <h2>Top users</h2>
              <p>Your users with the most data this period.</p>
            </div>
          </div>
          {topUsers === null ? (
            <div className="card-body">
              <span className="small muted" title={error?.message}>
                Unavailable right now.
              </span>
            </div>
          ) : users.length === 0 ? (
            <EmptyState title="No traffic yet" icon={<IconChart />} action={<Link className="btn" href="/agent/users">Your users</Link>}>
              Your users appear here once their traffic is counted.
            </EmptyState>
          ) : (
            <div className="card-body">
              <TopList
                label="Top users"
                items={users.map((u) => ({
                  id: u.id,
                  name: u.username,
                  sub: u.status !== 'ACTIVE' ? <UserStatusBadge status={u.status} throttled={u.throttled} /> : undefined,
                  value: u.used,
                  extra: u.dataLimit ? `of ${formatBytes(u.dataLimit)}` : undefined,
                  testId: `top-user-${u.username}`,
                  flash: flash[u.id],
                }))}
              />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
