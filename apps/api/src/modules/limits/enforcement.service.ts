import { DataSource, EntityManager, In } from 'typeorm';
import { UserStatus } from '@tm/shared';
import { placeholders } from '../../platform/db/rows';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { inTransaction, isMysqlFamily, withLockRetries } from '../../platform/db/transaction';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { AlertScope, AlertsService } from '../alerts';
import type { BatchCommitted, UsageListener } from '../usage';
import { StatusChangeReason, USER_STATUS_CHANGED, UserStatusChange, UserStatusChangedPayload, UserEntity } from '../users';

/** Which users to bring in line. */
export type EnforcementScope =
  | { kind: 'all' }
  /** Every user of these agents (a limit changed, a check on demand). */
  | { kind: 'agents'; agentIds: number[] }
  /** These users (one was created or edited); agentIds: agents whose alerts to look at too. */
  | { kind: 'users'; userIds: number[]; agentIds?: number[] }
  /** What an ingest moved: usage only grows, so only restrictions of active users are looked for. */
  | { kind: 'moved'; userIds: number[]; agentIds: number[] }
  /** Active users whose expiry has passed. */
  | { kind: 'expiry' };

export interface EnforcementResult {
  changes: UserStatusChange[];
  alerts: number;
}

const ENFORCED = [UserStatus.ACTIVE, UserStatus.SUSPENDED, UserStatus.LIMITED, UserStatus.EXPIRED];
const CHUNK = 1000;

const REASON: Record<string, StatusChangeReason> = {
  [UserStatus.SUSPENDED]: 'AGENT_LIMIT',
  [UserStatus.LIMITED]: 'DATA_LIMIT',
  [UserStatus.EXPIRED]: 'EXPIRED',
  [UserStatus.ACTIVE]: 'RESUMED',
};

/**
 * Brings user statuses in line with the limits, set-based: ONE statement computes, for every user in
 * scope, the status the rules want (past expiry → EXPIRED; over its own data limit → LIMITED; its
 * agent's charged usage at or over the agent's limit → SUSPENDED; otherwise ACTIVE) and returns only
 * the users whose status differs; they are then updated in a few statements per (from → to) pair,
 * guarded by their old status. DISABLED users (set by hand) are never in scope, so raising a limit
 * resumes exactly what the limits stopped. Changes are published on USER_STATUS_CHANGED (for routers
 * and panels, and the portal's live tables) as one batch; alerts for what crossed a threshold follow.
 */
export class EnforcementService implements UsageListener {
  private pendingUsers = new Set<number>();
  private pendingAgents = new Set<number>();
  private draining: Promise<void> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly alerts: AlertsService,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {}

  async check(scope: EnforcementScope, now = new Date()): Promise<EnforcementResult> {
    const changes = isMysqlFamily(this.ds)
      ? await this.applyConcurrently(await this.transitions(this.ds.manager, scope, now))
      : await inTransaction(this.ds, async (m) => this.update(m, chunked(await this.transitions(m, scope, now))));
    if (changes.length) {
      // One message per check, however many users it moved (a per-user message would be 10⁴ of them).
      await this.pubsub.publish(USER_STATUS_CHANGED, { changes, at: now.toISOString() } satisfies UserStatusChangedPayload);
    }
    const alertScope = alertScopeFor(scope);
    const alerts = alertScope ? (await this.alerts.raiseDue(alertScope)).length : 0;
    return { changes, alerts };
  }

  /**
   * After an ingest commits: checks what it moved, without holding up the ingest. Batches arriving
   * while a check runs are merged into the next one, so a burst costs a few checks, not one each.
   */
  batchCommitted(e: BatchCommitted): void {
    for (const userId of e.boundedUserIds) this.pendingUsers.add(userId);
    for (const agentId of e.agentIds) this.pendingAgents.add(agentId);
    if (this.draining || !(this.pendingUsers.size || this.pendingAgents.size)) return;
    // Cleared by a callback, which runs after this assignment even when there was nothing to await.
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
  }

  /** Resolves once no post-ingest check is running or waiting (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.pendingUsers.size || this.pendingAgents.size) {
      const userIds = [...this.pendingUsers];
      const agentIds = [...this.pendingAgents];
      this.pendingUsers = new Set();
      this.pendingAgents = new Set();
      try {
        await this.check({ kind: 'moved', userIds, agentIds });
      } catch (err) {
        // The periodic check catches up with whatever this missed.
        this.logger.error({ err, users: userIds.length, agents: agentIds.length }, 'post-ingest enforcement failed');
      }
    }
  }

  /**
   * MySQL: each chunk is its own short transaction, two at a time (each change is guarded by the old
   * status and stands on its own, so nothing needs one big transaction; two use both cores).
   */
  private async applyConcurrently(wanted: UserStatusChange[]): Promise<UserStatusChange[]> {
    const chunks = chunked(wanted);
    const done: UserStatusChange[] = [];
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const part = chunks[next++];
        done.push(...(await withLockRetries(() => inTransaction(this.ds, (m) => this.update(m, [part]), 'READ COMMITTED'))));
      }
    };
    await Promise.all([worker(), worker()]);
    return done;
  }

  /** Each chunk holds one (from → to) pair: one guarded UPDATE; what someone else changed meanwhile is left out. */
  private async update(m: EntityManager, chunks: UserStatusChange[][]): Promise<UserStatusChange[]> {
    const done: UserStatusChange[] = [];
    for (const part of chunks) {
      const { from, to } = part[0];
      const ids = part.map((c) => c.userId);
      const result = await m.createQueryBuilder().update(UserEntity).set({ status: to as UserStatus }).where({ id: In(ids), status: from }).execute();
      if (result.affected === part.length) {
        done.push(...part);
        continue;
      }
      const now = await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, status: true } });
      const moved = new Set(now.filter((u) => u.status === to).map((u) => u.id));
      done.push(...part.filter((c) => moved.has(c.userId)));
    }
    return done;
  }

  /** The one statement: users in scope whose status differs from what the rules want. */
  private async transitions(m: EntityManager, scope: EnforcementScope, now: Date): Promise<UserStatusChange[]> {
    const sql = new SqlDialect(m);
    const at = sql.date(now);
    const run = async (where: string, params: unknown[]) => {
      const rows: { id: unknown; agent_id: unknown; status: string; target: string }[] = await m.query(
        `SELECT t.id, t.agent_id, t.status, t.target FROM (
           SELECT u.id, u.agent_id, u.status,
             CASE
               WHEN u.expires_at IS NOT NULL AND u.expires_at <= ? THEN '${UserStatus.EXPIRED}'
               WHEN u.data_limit IS NOT NULL AND u.up_bytes + u.down_bytes >= u.data_limit THEN '${UserStatus.LIMITED}'
               WHEN a.traffic_limit IS NOT NULL AND a.charged_bytes >= a.traffic_limit THEN '${UserStatus.SUSPENDED}'
               ELSE '${UserStatus.ACTIVE}'
             END AS target
           FROM users u LEFT JOIN accounts a ON a.id = u.agent_id
           WHERE ${where}
         ) t WHERE t.target <> t.status`,
        [at, ...params],
      );
      return rows.map((r) => ({
        userId: Number(r.id),
        agentId: r.agent_id === null ? null : Number(r.agent_id),
        from: r.status,
        to: r.target,
        reason: REASON[r.target],
      }));
    };
    const enforced = `u.status IN (${ENFORCED.map((s) => `'${s}'`).join(', ')})`;
    const inChunks = async (ids: number[], where: (list: string) => string) => {
      const out: UserStatusChange[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        out.push(...(await run(where(placeholders(part.length)), part)));
      }
      return out;
    };
    switch (scope.kind) {
      case 'all':
        return run(enforced, []);
      case 'agents':
        return inChunks(scope.agentIds, (list) => `${enforced} AND u.agent_id IN (${list})`);
      case 'users':
        return inChunks(scope.userIds, (list) => `${enforced} AND u.id IN (${list})`);
      case 'expiry':
        return run(`u.status = '${UserStatus.ACTIVE}' AND u.expires_at IS NOT NULL AND u.expires_at <= ?`, [at]);
      case 'moved': {
        const active = `u.status = '${UserStatus.ACTIVE}'`;
        const own = await inChunks(scope.userIds, (list) => `${active} AND u.id IN (${list})`);
        const over = await this.agentsOverLimit(m, scope.agentIds);
        const seen = new Set(own.map((c) => c.userId));
        const ofAgents = (await inChunks(over, (list) => `${active} AND u.agent_id IN (${list})`)).filter((c) => !seen.has(c.userId));
        return [...own, ...ofAgents];
      }
    }
  }

  private async agentsOverLimit(m: EntityManager, agentIds: number[]): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < agentIds.length; i += CHUNK) {
      const part = agentIds.slice(i, i + CHUNK);
      const rows: { id: unknown }[] = await m.query(
        `SELECT id FROM accounts WHERE id IN (${placeholders(part.length)}) AND traffic_limit IS NOT NULL AND charged_bytes >= traffic_limit`,
        part,
      );
      out.push(...rows.map((r) => Number(r.id)));
    }
    return out;
  }
}

/** Changes grouped by (from → to), ids ascending (the order the ingest locks rows in), CHUNK per group slice. */
function chunked(wanted: UserStatusChange[]): UserStatusChange[][] {
  const byPair = new Map<string, UserStatusChange[]>();
  for (const c of wanted) {
    const key = `${c.from}>${c.to}`;
    const group = byPair.get(key);
    if (group) group.push(c);
    else byPair.set(key, [c]);
  }
  const out: UserStatusChange[][] = [];
  for (const group of byPair.values()) {
    group.sort((a, b) => a.userId - b.userId);
    for (let i = 0; i < group.length; i += CHUNK) out.push(group.slice(i, i + CHUNK));
  }
  return out;
}


function alertScopeFor(scope: EnforcementScope): AlertScope | null {
  switch (scope.kind) {
    case 'all':
      return { all: true };
    case 'agents':
      return { userIds: [], agentIds: scope.agentIds };
    case 'users':
      return { userIds: scope.userIds, agentIds: scope.agentIds ?? [] };
    case 'moved':
      return { userIds: scope.userIds, agentIds: scope.agentIds };
    case 'expiry':
      return null;
  }
}
