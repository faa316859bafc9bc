import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import type { Logger } from '../../platform/logger/logger';
import { RouterError, type RouterOsClient } from './routeros';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { BandwidthState, DesiredLimit, LiveSession, QueueAction, planReconcile } from './bandwidth.policy';
import type { RouterEntity } from './router.entity';
import type { FullSnapshot } from './router-snapshot';
import { profileSpeeds, type RouterPeople } from './router-people';
import type { RouterLoginEntity } from './router-login.entity';

/** What the pass over the logins learned, for the queues. */
export interface ReconcileContext {
  people: RouterPeople;
  logins: RouterLoginEntity[];
  /** Sessions just removed (cut off): no queue follows them. */
  kicked: Set<string>;
}

type Speeds = Map<number, { upBps: number; downBps: number }>;

/** Hotspot sessions and PPP sessions with a MAC (PPPoE), minus the ones just kicked. */
function liveSessions(snapshot: FullSnapshot, kicked: Set<string>): (LiveSession & { login: string })[] {
  return [
    ...snapshot.sessions.filter((s) => !kicked.has(s.id)).map((s) => ({ macAddress: s.macAddress, address: s.address, login: s.user })),
    ...snapshot.pppSessions
      .filter((s) => !kicked.has(s.id) && s.macAddress !== null && s.address)
      .map((s) => ({ macAddress: s.macAddress!, address: s.address, login: s.name })),
  ];
}

/**
 * The queues the database wants: every stored limit (at its own speeds; at the throttle profile's when
 * its user is throttled; none when cut off), then, for sessions without a stored limit, a throttled
 * owner's throttle speed or the speed profile of the owner's login on this router.
 */
export function desiredLimits(assignments: BandwidthAssignmentEntity[], sessions: (LiveSession & { login: string })[], ctx: ReconcileContext, speeds: Speeds): DesiredLimit[] {
  const desired: DesiredLimit[] = [];
  const limited = new Set<string>();
  for (const a of assignments) {
    limited.add(a.macAddress);
    const access = a.userId === null ? { kind: 'ONLINE' as const } : (ctx.people.byId.get(a.userId)?.access ?? { kind: 'CUT' as const });
    const throttle = access.kind === 'THROTTLED' ? speeds.get(access.profileId) : undefined;
    desired.push({
      assignmentId: a.id,
      macAddress: a.macAddress,
      upBps: throttle?.upBps ?? Number(a.upBps),
      downBps: throttle?.downBps ?? Number(a.downBps),
      userActive: access.kind !== 'CUT',
      throttled: throttle !== undefined,
    });
  }
  const loginProfile = new Map(ctx.logins.filter((l) => l.speedProfileId !== null).map((l) => [l.userId, l.speedProfileId!]));
  for (const s of sessions) {
    if (limited.has(s.macAddress)) continue;
    const owner = ctx.people.ownerOf(s.login, s.macAddress);
    if (!owner || owner.access.kind === 'CUT') continue;
    const profileId = owner.access.kind === 'THROTTLED' ? owner.access.profileId : loginProfile.get(owner.id);
    const speed = profileId === undefined ? undefined : speeds.get(profileId);
    if (!speed) continue;
    limited.add(s.macAddress);
    desired.push({ assignmentId: null, macAddress: s.macAddress, ...speed, userActive: true, throttled: owner.access.kind === 'THROTTLED' });
  }
  return desired;
}

const QUEUES = '/queue/simple';

export interface ReconcileResult {
  added: number;
  changed: number;
  removed: number;
  failed: number;
}

/**
 * B3/B6: makes one router's simple queues match the desired limits, given a fresh snapshot, and
 * records each limit's state. A refused command (`!trap`) fails only its limit, with the router's
 * message; a lost connection fails the whole pass (the caller marks the router and its limits).
 */
export class BandwidthReconciler {
  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
  ) {}

  async apply(router: RouterEntity, client: RouterOsClient, snapshot: FullSnapshot, ctx: ReconcileContext, now = new Date()): Promise<ReconcileResult> {
    const assignments = await this.ds.getRepository(BandwidthAssignmentEntity).findBy({ routerId: router.id });
    const sessions = liveSessions(snapshot, ctx.kicked);
    const desired = desiredLimits(assignments, sessions, ctx, await profileSpeeds(this.ds));
    const plan = planReconcile(desired, sessions, snapshot.queues);
    const failures = new Map<number, string>();
    const result: ReconcileResult = { added: 0, changed: 0, removed: 0, failed: 0 };
    for (const action of plan.actions) {
      try {
        await this.run(client, action);
        result[action.kind === 'add' ? 'added' : action.kind === 'set' ? 'changed' : 'removed']++;
      } catch (err) {
        if (!(err instanceof RouterError) || err.kind !== 'TRAP') throw err;
        result.failed++;
        if (action.assignmentId !== null && action.kind !== 'remove') failures.set(action.assignmentId, err.message);
        this.logger.warn({ routerId: router.id, action: action.kind, err: err.message }, 'router refused a queue change');
      }
    }
    await this.record(assignments, plan.outcomes, failures, plan.actions, now);
    return result;
  }

  /** The router couldn't be reached: every limit on it is FAILED with the error until the retry. */
  async routerFailed(routerId: number, error: string, nextAttemptAt: Date): Promise<void> {
    await inTransaction(this.ds, async (m) => {
      await m
        .createQueryBuilder()
        .update(BandwidthAssignmentEntity)
        .set({ state: BandwidthState.FAILED, lastError: error.slice(0, 500), nextAttemptAt, attempts: () => 'attempts + 1' })
        .where('router_id = :routerId', { routerId })
        .execute();
    });
  }

  private run(client: RouterOsClient, action: QueueAction): Promise<unknown> {
    if (action.kind === 'add') return client.add(QUEUES, action.fields);
    if (action.kind === 'set') return client.set(QUEUES, action.queueId, action.fields as Record<string, string>);
    return client.remove(QUEUES, action.queueId);
  }

  /** Writes only what changed, one UPDATE per (state, error) group. */
  private async record(
    assignments: BandwidthAssignmentEntity[],
    outcomes: Map<number, BandwidthState>,
    failures: Map<number, string>,
    actions: QueueAction[],
    now: Date,
  ): Promise<void> {
    const touched = new Set(actions.map((a) => a.assignmentId).filter((id): id is number => id !== null));
    const groups = new Map<string, { patch: Partial<BandwidthAssignmentEntity>; ids: number[]; failed: boolean }>();
    for (const a of assignments) {
      const error = failures.get(a.id) ?? null;
      const state = error ? BandwidthState.FAILED : (outcomes.get(a.id) ?? BandwidthState.PENDING);
      const reapplied = state === BandwidthState.APPLIED && (a.state !== BandwidthState.APPLIED || touched.has(a.id));
      if (a.state === state && a.lastError === error && !reapplied && (error !== null || a.attempts === 0)) continue;
      const key = `${state}|${error ?? ''}|${reapplied}`;
      const group = groups.get(key) ?? { patch: { state, lastError: error, nextAttemptAt: null }, ids: [], failed: error !== null };
      if (reapplied) group.patch.appliedAt = now;
      group.ids.push(a.id);
      groups.set(key, group);
    }
    if (!groups.size) return;
    await inTransaction(this.ds, async (m) => {
      for (const g of groups.values()) {
        const q = m.createQueryBuilder().update(BandwidthAssignmentEntity).where({ id: In(g.ids) });
        await (g.failed ? q.set({ ...g.patch, attempts: () => 'attempts + 1' }) : q.set({ ...g.patch, attempts: 0 })).execute();
      }
    });
  }
}
