/** A window event the alerts page sends after acknowledging, so the sidebar count follows at once. */
export const ALERTS_CHANGED_EVENT = 'tm:alerts-changed';

export function announceAlertsChanged(unacknowledged?: number): void {
  window.dispatchEvent(new CustomEvent(ALERTS_CHANGED_EVENT, { detail: { unacknowledged } }));
}
