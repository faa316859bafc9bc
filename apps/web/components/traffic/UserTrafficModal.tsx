'use client';

import { useState } from 'react';
import { formatBytes } from '@tm/shared';
import { UserStatusBadge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { UsageBar } from '@/components/ui/UsageBar';
import type { User } from '@/lib/graphql/models';
import { ZonedWhen } from '@/components/ui/When';
import { cycleText } from '@/lib/resets';
import { DaysSelector, UserUsagePanel } from './UserUsagePanel';

/** A user's data used against its limit, and its traffic per server × protocol. */
export function UserTrafficModal({ user, onClose, onReset }: { user: User; onClose: () => void; onReset?: (user: User) => void }) {
  const [days, setDays] = useState(30);
  return (
    <Modal title={`Traffic of ${user.username}`} description={user.agentUsername ? `Owned by ${user.agentUsername}.` : undefined} onClose={onClose} size="lg">
      <div className="form" data-testid="user-traffic">
        <div className="row wrap" style={{ gap: 24, alignItems: 'flex-start' }}>
          <div style={{ flex: '1 1 260px' }}>
            <div className="row" style={{ marginBottom: 8 }}>
              <span className="label">Data used this period</span>
              <UserStatusBadge status={user.status} throttled={user.throttled} />
            </div>
            <UsageBar used={user.used} limit={user.dataLimit} size="lg" label={`${user.username} data used`} />
          </div>
          <dl className="kv small" style={{ flex: '0 0 auto' }}>
            <dt>Download</dt>
            <dd>{formatBytes(user.down)}</dd>
            <dt>Upload</dt>
            <dd>{formatBytes(user.up)}</dd>
            <dt>Lifetime</dt>
            <dd>{formatBytes(user.lifetime)}</dd>
            <dt>Resets</dt>
            <dd data-testid="user-cycle">
              {cycleText(user.resetStrategy, user.billingDay)}
              {user.resetStrategy !== 'NONE' && user.nextResetAt && (
                <span className="muted" style={{ fontWeight: 400 }}>
                  {' '}
                  · next <ZonedWhen iso={user.nextResetAt} zone={user.timeZone} /> ({user.timeZone})
                </span>
              )}
            </dd>
          </dl>
        </div>
        <div className="card" style={{ boxShadow: 'none' }}>
          <div className="card-head">
            <div>
              <h2>Per server</h2>
              <p>Which servers and protocols the traffic went through.</p>
            </div>
            <DaysSelector value={days} onChange={setDays} />
          </div>
          <UserUsagePanel userId={user.id} username={user.username} days={days} compact />
        </div>
        <div className="form-actions">
          {onReset && (
            <Button type="button" variant="ghost" className="danger-text" onClick={() => onReset(user)} style={{ marginRight: 'auto' }}>
              Reset usage…
            </Button>
          )}
          <Button type="button" onClick={onClose} data-autofocus>
            Close
          </Button>
        </div>
      </div>
    </Modal>
  );
}
