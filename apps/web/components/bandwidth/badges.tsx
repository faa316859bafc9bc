import type { Tone } from '@/components/ui/Badge';
import type { BandwidthState, RouterStatus } from '@/lib/graphql/models';

const ROUTER_STATUS: Record<RouterStatus, { tone: Tone; label: string; hint: string }> = {
  ONLINE: { tone: 'green', label: 'Online', hint: 'Answered the last contact' },
  OFFLINE: { tone: 'red', label: 'Offline', hint: "Didn't answer the last contact; retried on its own" },
  UNKNOWN: { tone: 'gray', label: 'Unknown', hint: 'Not contacted yet' },
};

export function RouterStatusBadge({ status }: { status: RouterStatus | string }) {
  const s = ROUTER_STATUS[status as RouterStatus] ?? { tone: 'gray' as Tone, label: status, hint: '' };
  return (
    <span className={`badge ${s.tone}`} title={s.hint} data-testid="router-status" data-status={status}>
      {s.label}
    </span>
  );
}

const LIMIT_STATE: Record<BandwidthState, { tone: Tone; label: string; hint: string }> = {
  PENDING: { tone: 'blue', label: 'Pending', hint: 'Saved; being applied to the router' },
  APPLIED: { tone: 'green', label: 'Applied', hint: 'The queue on the router matches the limit' },
  WAITING: { tone: 'amber', label: 'Waiting', hint: 'Not connected now: the queue is made when this device logs in' },
  INACTIVE: { tone: 'gray', label: 'Inactive', hint: 'The user is suspended, limited, expired or disabled, so no queue' },
  THROTTLED: { tone: 'blue', label: 'Throttled', hint: 'The user is over its line: the queue holds the throttle speed' },
  FAILED: { tone: 'red', label: 'Failed', hint: "The router refused or didn't answer; retried on its own" },
};

/** A limit's state; FAILED carries the router's error on hover (and the caller shows it as text). */
export function LimitStateBadge({ state, error }: { state: BandwidthState | string | null; error?: string | null }) {
  if (!state) return <span className="muted">—</span>;
  const s = LIMIT_STATE[state as BandwidthState] ?? { tone: 'gray' as Tone, label: state, hint: '' };
  return (
    <span className={`badge ${s.tone}`} title={error ? `${s.hint}. ${error}` : s.hint} data-testid="limit-state" data-state={state}>
      {s.label}
    </span>
  );
}

export function limitStateLabel(state: string): string {
  return LIMIT_STATE[state as BandwidthState]?.label ?? state;
}

