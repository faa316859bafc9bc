import type { Alert, AlertFilter, AlertKind } from './graphql/models';

export const ALERTS_PAGE_SIZE = 50;
const KINDS: AlertKind[] = ['USER', 'AGENT'];

export interface AlertView {
  /** Unacknowledged only (the default), or every alert. */
  show: 'open' | 'all';
  kind: AlertKind | null;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** ?show=all&kind=USER → what the page shows (unknown values dropped). */
export function alertViewFromParams(params: Record<string, string | string[] | undefined>): AlertView {
  const kind = one(params.kind);
  return { show: one(params.show) === 'all' ? 'all' : 'open', kind: kind && (KINDS as string[]).includes(kind) ? (kind as AlertKind) : null };
}

export function alertFilterOf(view: AlertView): AlertFilter {
  const filter: AlertFilter = {};
  if (view.show === 'open') filter.acknowledged = false;
  if (view.kind) filter.kind = view.kind;
  return filter;
}

/** Whether an alert belongs in the list under `view`, for live additions and acknowledgements. */
export function matchesAlertView(alert: Alert, view: AlertView): boolean {
  if (view.show === 'open' && alert.acknowledgedAt) return false;
  if (view.kind && alert.kind !== view.kind) return false;
  return true;
}
