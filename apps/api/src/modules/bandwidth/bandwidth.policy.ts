import { parseRouterOsPair, routerOsPair } from '@tm/shared';

/** Every queue we own starts with this; queues without it are the operator's and are never touched. */
export const QUEUE_PREFIX = 'tm-';
export const QUEUE_COMMENT = 'managed by Traffic Manager';

export const BandwidthState = {
  /** Stored, not tried yet. */
  PENDING: 'PENDING',
  /** The router's queue matches. */
  APPLIED: 'APPLIED',
  /** No hotspot session for this MAC: the queue appears when it logs in. */
  WAITING: 'WAITING',
  /** Its user is cut off (suspended, limited, expired or disabled): no queue, no session. */
  INACTIVE: 'INACTIVE',
  /** Its user is over its line and throttled: the queue holds the throttle profile's speed instead. */
  THROTTLED: 'THROTTLED',
  /** The router can't be reached or refused; retried with backoff. */
  FAILED: 'FAILED',
} as const;
export type BandwidthState = (typeof BandwidthState)[keyof typeof BandwidthState];

export const queueName = (mac: string) => `${QUEUE_PREFIX}${mac}`;

/** What the database wants for one MAC on one router. */
export interface DesiredLimit {
  /** null: not a stored limit but one that follows a session (a throttled user, a login's speed profile). */
  assignmentId: number | null;
  macAddress: string;
  upBps: number;
  downBps: number;
  /** False when its user may not be online (cut off). */
  userActive: boolean;
  /** The speeds are its user's throttle profile's, not the limit's own. */
  throttled?: boolean;
}

export interface LiveSession {
  macAddress: string;
  address: string;
}

/** A simple queue as the router prints it. */
export interface RouterQueue {
  id: string;
  name: string;
  target: string;
  maxLimit: string;
  disabled: boolean;
}

export type QueueFields = Record<'name' | 'target' | 'max-limit' | 'comment', string>;

export type QueueAction =
  | { kind: 'add'; assignmentId: number | null; fields: QueueFields }
  | { kind: 'set'; assignmentId: number | null; queueId: string; fields: Partial<QueueFields> & { disabled?: string } }
  | { kind: 'remove'; queueId: string; name: string; assignmentId: number | null };

export interface ReconcilePlan {
  actions: QueueAction[];
  /** The state each assignment reaches when its action (if any) succeeds. */
  outcomes: Map<number, BandwidthState>;
}

export const queueTarget = (address: string) => `${address}/32`;

/**
 * Makes a router's queues match the database: a queue `tm-<MAC>` for every limit whose MAC has a session
 * and whose user may be online, with that session's address and the limit's speeds; our queues that
 * nothing wants (session ended, user suspended, limit removed) go. Queues without our prefix stay.
 */
export function planReconcile(desired: DesiredLimit[], sessions: LiveSession[], queues: RouterQueue[]): ReconcilePlan {
  const sessionByMac = new Map(sessions.map((s) => [s.macAddress.toUpperCase(), s]));
  const ours = new Map(queues.filter((q) => q.name.startsWith(QUEUE_PREFIX)).map((q) => [q.name, q]));
  const actions: QueueAction[] = [];
  const outcomes = new Map<number, BandwidthState>();
  const wanted = new Set<string>();

  for (const d of desired) {
    const name = queueName(d.macAddress);
    const session = sessionByMac.get(d.macAddress);
    const outcome = (state: BandwidthState) => d.assignmentId !== null && outcomes.set(d.assignmentId, state);
    if (!d.userActive) {
      outcome(BandwidthState.INACTIVE);
      continue;
    }
    if (!session) {
      outcome(BandwidthState.WAITING);
      continue;
    }
    if (wanted.has(name)) continue;
    wanted.add(name);
    outcome(d.throttled ? BandwidthState.THROTTLED : BandwidthState.APPLIED);
    const fields: QueueFields = { name, target: queueTarget(session.address), 'max-limit': routerOsPair(d.upBps, d.downBps), comment: QUEUE_COMMENT };
    const queue = ours.get(name);
    if (!queue) {
      actions.push({ kind: 'add', assignmentId: d.assignmentId, fields });
      continue;
    }
    const drift: Partial<QueueFields> & { disabled?: string } = {};
    if (queue.target !== fields.target) drift.target = fields.target;
    const limit = parseRouterOsPair(queue.maxLimit);
    if (!limit || limit[0] !== d.upBps || limit[1] !== d.downBps) drift['max-limit'] = fields['max-limit'];
    if (queue.disabled) drift.disabled = 'no';
    if (Object.keys(drift).length) actions.push({ kind: 'set', assignmentId: d.assignmentId, queueId: queue.id, fields: drift });
  }

  const byName = new Map(desired.filter((d) => d.assignmentId !== null).map((d) => [queueName(d.macAddress), d.assignmentId]));
  for (const q of ours.values()) {
    if (!wanted.has(q.name)) actions.push({ kind: 'remove', queueId: q.id, name: q.name, assignmentId: byName.get(q.name) ?? null });
  }
  return { actions, outcomes };
}

/** Pause before the n-th retry (n ≥ 1): base, 2·base, 4·base … capped. */
export function backoffMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
}

/** RouterOS durations as printed (`1w2d3h4m5s`, `45s`, `00:01:05`) → seconds; null when unreadable. */
export function parseRouterOsDuration(value: string | undefined): number | null {
  if (!value) return null;
  const clock = /^(\d+):(\d{2}):(\d{2})$/.exec(value);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const m = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
  if (!m || value === '') return null;
  const [, w, d, h, min, s] = m.map((x) => Number(x ?? 0));
  return w * 604800 + d * 86400 + h * 3600 + min * 60 + s;
}
