'use client';

import Link from 'next/link';
import { Badge, type Tone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { UsageBar } from '@/components/ui/UsageBar';
import { When } from '@/components/ui/When';
import type { Alert, AlertDelivery } from '@/lib/graphql/models';

const DELIVERY: Record<AlertDelivery, { tone: Tone; label: string; hint: string }> = {
  NONE: { tone: 'gray', label: 'Not sent', hint: 'No alert webhook is configured' },
  PENDING: { tone: 'blue', label: 'Pending', hint: 'Waiting to be sent to the alert webhook' },
  SENT: { tone: 'green', label: 'Sent', hint: 'Delivered to the alert webhook' },
  FAILED: { tone: 'red', label: 'Failed', hint: 'The alert webhook could not be reached' },
};

export function ThresholdBadge({ threshold }: { threshold: number }) {
  const tone: Tone = threshold >= 100 ? 'red' : threshold >= 90 ? 'red' : 'amber';
  return (
    <span className={threshold >= 100 ? 'badge-solid' : undefined} data-testid="alert-threshold">
      <Badge tone={tone}>{threshold}%</Badge>
    </span>
  );
}

export function DeliveryBadge({ delivery }: { delivery: AlertDelivery }) {
  const d = DELIVERY[delivery] ?? { tone: 'gray' as Tone, label: delivery, hint: '' };
  return (
    <span title={d.hint} data-testid="alert-delivery">
      <Badge tone={d.tone} plain={delivery === 'NONE'}>
        {d.label}
      </Badge>
    </span>
  );
}

/** What crossing the threshold means for the subject, in a few words. */
function meaning(a: Alert, isAdmin: boolean): string {
  if (a.kind === 'AGENT' && !isAdmin) return a.threshold < 100 ? 'Nearing your traffic limit' : 'You reached your traffic limit';
  if (a.kind === 'AGENT') return a.threshold < 100 ? 'Agent nearing its traffic limit' : 'Agent reached its traffic limit';
  return a.threshold < 100 ? 'User nearing its data limit' : 'User reached its data limit';
}

/** At 100 %: what happened on the routers, cut off or slowed down. */
function consequence(a: Alert): string | null {
  if (!a.overLimitAction) return null;
  const who = a.kind === 'AGENT' ? 'its users ' : '';
  return a.overLimitAction === 'THROTTLE' ? `${who}slowed down` : `${who}cut off`;
}

/**
 * Alerts, newest first: when, which user or agent, the threshold, used / limit at that moment,
 * webhook delivery, and acknowledgement.
 */
export function AlertsTable({
  alerts,
  isAdmin,
  agentNames,
  flash,
  acknowledging,
  onAcknowledge,
}: {
  alerts: Alert[];
  isAdmin: boolean;
  agentNames: Record<string, string>;
  flash: Record<string, number>;
  acknowledging: string | null;
  onAcknowledge: (a: Alert) => void;
}) {
  const usersHref = isAdmin ? '/users' : '/agent/users';
  return (
    <div className="table-wrap">
      <table className="table dense" data-testid="alerts-table">
        <thead>
          <tr>
            <th>Raised</th>
            <th>Alert</th>
            <th>Threshold</th>
            <th style={{ minWidth: 220 }}>Used at the time</th>
            <th>Webhook</th>
            <th className="actions">Acknowledged</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => {
            const owner = a.kind === 'USER' && isAdmin && a.agentId ? agentNames[a.agentId] : null;
            return (
              <tr
                key={`${a.id}:${flash[a.id] ?? 0}`}
                className={`${flash[a.id] ? 'flash' : ''}${a.acknowledgedAt ? ' acknowledged' : ''}`.trim() || undefined}
                data-testid={`alert-row-${a.id}`}
                data-subject={a.subjectName}
                data-threshold={a.threshold}
                data-kind={a.kind}
              >
                <td className="nowrap">
                  <When iso={a.at} time />
                </td>
                <td>
                  <div className="row" style={{ gap: 8 }}>
                    <Badge tone={a.kind === 'AGENT' ? 'violet' : 'blue'} plain>
                      {a.kind === 'AGENT' ? 'Agent' : 'User'}
                    </Badge>
                    {a.kind === 'USER' ? (
                      <Link className="primary-cell" href={`${usersHref}?q=${encodeURIComponent(a.subjectName)}`} data-testid="alert-subject">
                        {a.subjectName}
                      </Link>
                    ) : (
                      <Link className="primary-cell" href={isAdmin ? '/agents' : '/agent'} data-testid="alert-subject">
                        {a.subjectName}
                      </Link>
                    )}
                  </div>
                  <div className="sub">
                    {meaning(a, isAdmin)}
                    {consequence(a) && (
                      <span data-testid="alert-action" data-action={a.overLimitAction}>
                        : <span className={a.overLimitAction === 'THROTTLE' ? undefined : 'text-red-soft'}>{consequence(a)}</span>
                      </span>
                    )}
                    {owner && (
                      <>
                        {' · '}
                        <span className="nowrap">agent {owner}</span>
                      </>
                    )}
                  </div>
                </td>
                <td>
                  <ThresholdBadge threshold={a.threshold} />
                </td>
                <td data-testid="alert-usage">
                  <UsageBar used={a.used} limit={a.limit} label={`${a.subjectName} usage when the alert was raised`} />
                </td>
                <td>
                  <DeliveryBadge delivery={a.delivery} />
                </td>
                <td className="actions">
                  {a.acknowledgedAt ? (
                    <span className="small muted nowrap" data-testid="alert-acknowledged">
                      <When iso={a.acknowledgedAt} time />
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      onClick={() => onAcknowledge(a)}
                      pending={acknowledging === a.id}
                      disabled={acknowledging !== null && acknowledging !== a.id}
                      aria-label={`Acknowledge ${a.threshold}% alert for ${a.subjectName}`}
                    >
                      Acknowledge
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
