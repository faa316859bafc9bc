'use client';

import { Ago } from '@/components/ui/Ago';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { IconGauge, IconPlus } from '@/components/ui/Icons';
import type { BandwidthAssignment } from '@/lib/graphql/models';
import { formatLimitPair } from '@/lib/rates';
import { LimitStateBadge } from './badges';

/** Every speed limit (an agent: its users'), including those waiting for their device or failing on the router. */
export function LimitsCard({
  assignments,
  isAdmin,
  canAdd,
  onAdd,
  onChange,
  onRemove,
}: {
  assignments: BandwidthAssignment[];
  isAdmin: boolean;
  /** Whether there is a router to put a limit on. */
  canAdd: boolean;
  onAdd: () => void;
  onChange: (a: BandwidthAssignment) => void;
  onRemove: (a: BandwidthAssignment) => void;
}) {
  const failed = assignments.filter((a) => a.state === 'FAILED').length;
  return (
    <section className="card" data-testid="limits-card">
      <div className="card-head">
        <div>
          <h2>Speed limits</h2>
          <p>
            {isAdmin ? 'Every limit the portal keeps on the routers' : "Your users' limits"}, also for devices that aren&apos;t connected now.
            {failed > 0 && <span className="text-red"> {failed} failed.</span>}
          </p>
        </div>
        {canAdd && (
          <Button onClick={onAdd}>
            <IconPlus /> Add limit
          </Button>
        )}
      </div>
      {assignments.length === 0 ? (
        <EmptyState title="No limits yet" icon={<IconGauge />}>
          Set a limit on someone online above, or add one for a user or device that isn&apos;t connected yet. It is kept here and applied each
          time the device connects.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="limits-table">
            <thead>
              <tr>
                <th>User</th>
                <th>Router</th>
                <th>Limit</th>
                <th>State</th>
                <th>Changed</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id} data-testid={`limit-row-${a.macAddress}`}>
                  <td>
                    <div className="primary-cell">{a.username ?? <span className="muted">No portal user</span>}</div>
                    <div className="sub mono">{a.macAddress}</div>
                  </td>
                  <td className="nowrap">
                    <div>{a.routerName}</div>
                    <div className="sub mono">{a.queueName}</div>
                  </td>
                  <td className="nowrap">
                    <div className="mono" data-testid="limit-speed">
                      {formatLimitPair(a.down, a.up)}
                    </div>
                    <div className="sub">{a.profileName ? `Profile ${a.profileName}` : 'Custom'}</div>
                  </td>
                  <td>
                    <LimitStateBadge state={a.state} error={a.lastError} />
                    {a.state === 'FAILED' && a.lastError && (
                      <div className="text-red-soft" data-testid="limit-error">
                        {a.lastError}
                        {a.attempts > 0 && ` (attempt ${a.attempts})`}
                      </div>
                    )}
                  </td>
                  <td className="nowrap small">
                    <Ago iso={a.updatedAt} />
                    {a.appliedAt && a.state === 'APPLIED' && (
                      <div className="sub">
                        applied <Ago iso={a.appliedAt} />
                      </div>
                    )}
                  </td>
                  <td className="actions">
                    <Button size="sm" variant="ghost" onClick={() => onChange(a)} aria-label={`Change limit of ${a.username ?? a.macAddress}`}>
                      Change
                    </Button>
                    <Button size="sm" variant="ghost" className="danger-text" onClick={() => onRemove(a)} aria-label={`Remove limit of ${a.username ?? a.macAddress}`}>
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
