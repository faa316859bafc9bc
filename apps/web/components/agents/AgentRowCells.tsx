import { formatBytes } from '@tm/shared';
import { OverLimitBadge } from '@/components/over-limit/OverLimitBadge';
import { AccountStatusBadge, Badge, QuotaModeBadge } from '@/components/ui/Badge';
import { UsageBar } from '@/components/ui/UsageBar';
import { ZonedWhen } from '@/components/ui/When';
import { formatLimit } from '@/lib/format';
import type { Account, AgentTraffic } from '@/lib/graphql/models';
import { agentChoice, type ProfileIndex } from '@/lib/over-limit';
import { drawnOf } from '@/lib/quota';
import { cycleText } from '@/lib/resets';

/* Cells of an agents-table row: `traffic` is its standing (undefined while unknown). */

export function AgentStatusCell({ traffic, status }: { traffic: AgentTraffic | undefined; status: string }) {
  return (
    <td data-testid="agent-status">
      <div className="badges">
        <AccountStatusBadge status={status} />
        {traffic?.exceeded && (
          <span title="Charged usage reached the limit: its users are suspended">
            <Badge tone="red">Over limit</Badge>
          </span>
        )}
        {traffic?.soldOut && !traffic.exceeded && (
          <span title="Nothing left to grant: it can't create users with a data limit">
            <Badge tone="amber">Sold out</Badge>
          </span>
        )}
      </div>
    </td>
  );
}

export function AgentLimitCell({ agent: a, traffic: t, profiles: profileIndex }: { agent: Account; traffic: AgentTraffic | undefined; profiles: ProfileIndex }) {
  return (
    <td className="nowrap">
      <div data-testid="agent-limit">{formatLimit(t ? t.limit : a.trafficLimit)}</div>
      <div className="sub badges">
        <QuotaModeBadge mode={t?.quotaMode ?? a.quotaMode} />
        <OverLimitBadge choice={agentChoice(a)!} profiles={profileIndex} testId="agent-over-limit" />
      </div>
    </td>
  );
}

export function AgentUsageCell({ agent: a, traffic: t }: { agent: Account; traffic: AgentTraffic | undefined }) {
  const allocation = (t?.quotaMode ?? a.quotaMode) === 'ALLOCATION';
  return (
    <td data-testid="agent-usage">
      {t ? (
        <>
          <UsageBar used={drawnOf(t)} limit={t.limit} label={`${a.username} usage`} />
          <div className="sub" style={{ marginTop: 3 }}>
            {allocation ? `allocated · ${formatBytes(t.charged)} charged` : `lifetime ${formatBytes(t.lifetime)}`}
          </div>
          {a.resetStrategy && a.resetStrategy !== 'NONE' && a.nextResetAt && (
            <div
              className="sub nowrap"
              data-testid="agent-next-reset"
              title={`${cycleText(a.resetStrategy, a.billingDay)}, at midnight ${a.timeZone} time`}
            >
              Resets <ZonedWhen iso={a.nextResetAt} zone={a.timeZone} />
            </div>
          )}
        </>
      ) : (
        <span className="muted">—</span>
      )}
    </td>
  );
}
