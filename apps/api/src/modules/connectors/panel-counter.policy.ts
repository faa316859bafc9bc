/** Where a panel user's counters were last read. */
export interface PanelCursor {
  up: bigint;
  down: bigint;
  segment: number;
}

export interface PanelStep {
  /** Bytes to count now. */
  up: bigint;
  down: bigint;
  /** The cursor to store. */
  cursor: PanelCursor;
  /** The counters started over (a reset in the panel, a user deleted and re-created). */
  restarted: boolean;
}

/**
 * A panel's cumulative counters against the cursor of the previous poll. A counter that went
 * backwards started a new segment: everything it shows now is new, never a negative delta. A user
 * seen for the first time is counted from zero, except at a connector's very first poll, which only
 * takes its baseline (what users moved before the panel was connected was never ours to count).
 */
export function panelStep(prev: PanelCursor | null, cur: { up: bigint; down: bigint }, baseline: boolean): PanelStep {
  if (prev === null) {
    const counted = baseline ? { up: 0n, down: 0n } : cur;
    return { ...counted, cursor: { up: cur.up, down: cur.down, segment: 0 }, restarted: false };
  }
  if (cur.up < prev.up || cur.down < prev.down) {
    return { up: cur.up, down: cur.down, cursor: { up: cur.up, down: cur.down, segment: prev.segment + 1 }, restarted: true };
  }
  return { up: cur.up - prev.up, down: cur.down - prev.down, cursor: { up: cur.up, down: cur.down, segment: prev.segment }, restarted: false };
}
