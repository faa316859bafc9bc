import { DataSource, EntityManager } from 'typeorm';
import { ResetScope, ResetStrategy, ResetTrigger, Role } from '@tm/shared';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { BILLING_ACTOR } from './reset-actor';
import { Cycle, nextCycleReset } from '../cycles';
import type { ResetsService } from './resets.service';

export interface CyclesRun {
  users: number;
  agents: number;
  failed: number;
}

interface Due {
  id: number;
  /** next_reset_at exactly as the database returned it, for the compare-and-set. */
  due: unknown;
  cycle: Cycle;
}

const BATCH = 200;

/**
 * Billing cycles (R3): users' period usage and agents' charged usage reset on their own cycles. One
 * job finds every due cycle through the next_reset_at index (not one job per user). Each reset moves
 * next_reset_at by compare-and-set inside its own transaction, so two instances never reset one cycle
 * twice, and it moves to the next boundary after *now*, so a cycle missed across downtime fires once.
 */
export class ResetCyclesService {
  constructor(
    private readonly ds: DataSource,
    private readonly resets: ResetsService,
  ) {}

  async runDue(now = new Date()): Promise<CyclesRun> {
    const users = await this.runTable('users', ResetScope.USER, now);
    const agents = await this.runTable('accounts', ResetScope.AGENT, now);
    return { users: users.done, agents: agents.done, failed: users.failed + agents.failed };
  }

  private async runTable(table: 'users' | 'accounts', scope: ResetScope, now: Date): Promise<{ done: number; failed: number }> {
    let done = 0;
    let failed = 0;
    const seen = new Set<number>();
    for (;;) {
      const due = (await this.findDue(table, now)).filter((d) => !seen.has(d.id));
      if (!due.length) return { done, failed };
      for (const d of due) {
        seen.add(d.id);
        const next = nextCycleReset(d.cycle, now);
        const claim = (m: EntityManager) => this.advance(m, table, d, next, now);
        const event = await this.resets.run({ scope, targetId: d.id, trigger: ResetTrigger.BILLING, actor: BILLING_ACTOR, reason: `${label(d.cycle)} cycle`, claim }, now);
        if (!event) continue;
        // A failure is recorded and the cycle still moves on (the claim is part of the failure's record).
        if (event.ok) done++;
        else failed++;
      }
    }
  }

  private async findDue(table: 'users' | 'accounts', now: Date): Promise<Due[]> {
    const sql = new SqlDialect(this.ds.manager);
    const agentsOnly = table === 'accounts' ? `AND role = '${Role.AGENT}'` : '';
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT id, next_reset_at AS due, reset_strategy AS strategy, billing_day AS billingDay, time_zone AS timeZone
       FROM ${table} WHERE next_reset_at IS NOT NULL AND next_reset_at <= ? ${agentsOnly} ORDER BY next_reset_at, id LIMIT ${BATCH}`,
      [sql.date(now)],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      due: r.due,
      cycle: { strategy: r.strategy as ResetStrategy, billingDay: r.billingDay === null ? null : Number(r.billingDay), timeZone: String(r.timeZone) },
    }));
  }

  /** Compare-and-set of the due time: true for the one caller that moved it. */
  private async advance(m: EntityManager, table: string, d: Due, next: Date | null, now: Date): Promise<boolean> {
    const sql = new SqlDialect(m);
    const moved = await sql.affected(`UPDATE ${table} SET next_reset_at = ?, last_reset_at = ? WHERE id = ? AND next_reset_at = ?`, [
      next ? sql.date(next) : null,
      sql.date(now),
      d.id,
      d.due,
    ]);
    return moved === 1;
  }
}

const label = (c: Cycle): string =>
  ({ NONE: 'No', DAY: 'Daily', WEEK: 'Weekly', MONTH: 'Monthly', BILLING_MONTH: `Billing-day (${c.billingDay})`, YEAR: 'Yearly' })[c.strategy];
