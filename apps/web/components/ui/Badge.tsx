import type { ReactNode } from 'react';

export type Tone = 'green' | 'amber' | 'red' | 'blue' | 'violet' | 'gray';

export function Badge({ tone = 'gray', plain, children }: { tone?: Tone; plain?: boolean; children: ReactNode }) {
  return <span className={`badge ${tone}${plain ? ' plain' : ''}`}>{children}</span>;
}

const USER_STATUS: Record<string, { tone: Tone; label: string; hint: string }> = {
  ACTIVE: { tone: 'green', label: 'Active', hint: 'Can use the network' },
  DISABLED: { tone: 'gray', label: 'Disabled', hint: 'Turned off by an operator' },
  LIMITED: { tone: 'amber', label: 'Limited', hint: 'Reached its data limit' },
  EXPIRED: { tone: 'red', label: 'Expired', hint: 'Past its expiry date' },
  SUSPENDED: { tone: 'violet', label: 'Suspended', hint: "Its agent reached the agent's traffic limit" },
};

export const USER_STATUS_COLORS: Record<string, string> = {
  ACTIVE: '#22c55e',
  DISABLED: '#94a3b8',
  LIMITED: '#f59e0b',
  EXPIRED: '#ef4444',
  SUSPENDED: '#6366f1',
};

export function userStatusLabel(status: string): string {
  return USER_STATUS[status]?.label ?? status;
}

/**
 * A user's status. Over its line but kept online at the throttle speed (`throttled`), a LIMITED or
 * SUSPENDED user reads "Throttled" instead, so operators see it was slowed down, not cut off.
 */
export function UserStatusBadge({ status, throttled, speed }: { status: string; throttled?: boolean; /** "↓ 512K / ↑ 256K", for the hint. */ speed?: string | null }) {
  if (throttled && (status === 'LIMITED' || status === 'SUSPENDED')) {
    const why = status === 'SUSPENDED' ? "Its agent reached the agent's traffic limit" : 'Reached its data limit';
    return (
      <span className="badge blue" title={`${why}: kept online at ${speed ?? 'the throttle speed'} instead of being cut off`} data-testid="user-status" data-status={status} data-throttled="true">
        Throttled
      </span>
    );
  }
  const s = USER_STATUS[status] ?? { tone: 'gray' as Tone, label: status, hint: '' };
  return (
    <span className={`badge ${s.tone}`} title={s.hint} data-testid="user-status" data-status={status}>
      {s.label}
    </span>
  );
}

export function AccountStatusBadge({ status }: { status: string }) {
  return status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge tone="gray">{status === 'DISABLED' ? 'Disabled' : status}</Badge>;
}

export function QuotaModeBadge({ mode }: { mode: string | null }) {
  if (!mode) return <span className="muted">—</span>;
  return (
    <Badge tone={mode === 'ALLOCATION' ? 'blue' : 'violet'} plain>
      {mode === 'ALLOCATION' ? 'Allocation' : 'Usage'}
    </Badge>
  );
}
