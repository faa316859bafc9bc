import type { LiveState } from '@/components/live/useSubscription';

/** "● Live" while the subscription is connected, "Reconnecting…" otherwise. */
export function LiveIndicator({ state, hint = 'Changes from other sessions appear as they happen' }: { state: LiveState; hint?: string }) {
  const label = state === 'live' ? 'Live' : state === 'connecting' ? 'Connecting…' : 'Reconnecting…';
  return (
    <span
      className={`live ${state === 'live' ? 'on' : state === 'offline' ? 'off' : ''}`}
      title={state === 'live' ? hint : 'Live updates are reconnecting'}
      data-testid="live-indicator"
      data-state={state}
    >
      <span className="dot" /> {label}
    </span>
  );
}
