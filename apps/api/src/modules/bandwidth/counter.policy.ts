/** One session's byte counters as the router reports them at a poll. */
export interface CounterReading {
  sessionRef: string;
  /** Poll time minus uptime. */
  loginAt: Date;
  up: bigint;
  down: bigint;
}

/** Two readings whose login times differ by more than this are different sessions (uptime has 1 s resolution, polls take time). */
const SAME_LOGIN_TOLERANCE_MS = 5_000;

/**
 * Bytes moved since the previous reading. A counter that went backwards, a different `.id` or a
 * different login time means the session started over (re-login, queue re-created, router reboot):
 * everything it shows now is new.
 */
export function counterDelta(prev: CounterReading | null, cur: CounterReading): { up: bigint; down: bigint; restarted: boolean } {
  const restarted =
    prev === null ||
    prev.sessionRef !== cur.sessionRef ||
    Math.abs(prev.loginAt.getTime() - cur.loginAt.getTime()) > SAME_LOGIN_TOLERANCE_MS ||
    cur.up < prev.up ||
    cur.down < prev.down;
  if (restarted) return { up: cur.up, down: cur.down, restarted: prev !== null };
  return { up: cur.up - prev.up, down: cur.down - prev.down, restarted: false };
}
