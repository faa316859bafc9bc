import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { placeholders } from '../../platform/db/rows';
import type { Logger } from '../../platform/logger/logger';
import { RouterError, type RouterOsClient } from './routeros';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { BandwidthState, DesiredLimit, QueueAction, planReconcile } from './bandwidth.policy';
import type { RouterEntity } from './router.entity';
import type { RouterSnapshot } from './router-snapshot';

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

  async apply(router: RouterEntity, client: RouterOsClient, snapshot: RouterSnapshot, now = new Date()): Promise<ReconcileResult> {
    const assignments = await this.ds.getRepository(BandwidthAssignmentEntity).findBy({ routerId: router.id });
    const active = await this.activeUsers(assignments);
    const desired: DesiredLimit[] = assignments.map((a) => ({
      assignmentId: a.id,
      macAddress: a.macAddress,
      upBps: Number(a.upBps),
      downBps: Number(a.downBps),
      userActive: a.userId === null || active.has(a.userId),
    }));
    const plan = planReconcile(desired, snapshot.sessions, snapshot.queues);
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

  private async activeUsers(assignments: BandwidthAssignmentEntity[]): Promise<Set<number>> {
    const ids = [...new Set(assignments.map((a) => a.userId).filter((id): id is number => id !== null))];
    if (!ids.length) return new Set();
    const rows: { id: unknown }[] = await this.ds.query(
      `SELECT id FROM users WHERE status = 'ACTIVE' AND id IN (${placeholders(ids.length)})`,
      ids,
    );
    return new Set(rows.map((r) => Number(r.id)));
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
