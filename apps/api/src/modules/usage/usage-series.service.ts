import type { DataSource } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error';
import type { AccountsService } from '../accounts';
import type { UsersService } from '../users';
import { SqlDialect } from '../../platform/db/sql-dialect';
import type { UsageRollupService } from './usage-rollup.service';
import { bytesOf, dateOf } from '../../platform/db/rows';
import { UsageBucket, UsagePoint, fillSeries, seriesRange } from './usage-series.policy';

export interface SeriesQuery {
  userId?: number;
  agentId?: number;
  bucket?: UsageBucket;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Chart series from the hourly rollups (kept forever; pending batches folded first): one user (usage_hourly summed over its
 * servers and protocols), one agent, or everything (usage_hourly_agent). Zero-filled, ascending.
 */
export class UsageSeriesService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
    private readonly rollup: UsageRollupService,
  ) {}

  async series(actor: Actor, q: SeriesQuery, now = new Date()): Promise<UsagePoint[]> {
    if (q.userId !== undefined && q.agentId !== undefined) throw badInput('Give userId or agentId, not both');
    const bucket = q.bucket ?? 'HOUR';
    const r = seriesRange(bucket, q.from, q.to, now);
    if (!r.ok) throw badInput(r.reason, { field: 'from' });
    const { start, end } = r.range;
    await this.rollup.rollUp(now);
    const sql = new SqlDialect(this.ds.manager);
    const window = [sql.date(start), sql.date(end)];
    let rows: Record<string, unknown>[];
    if (q.userId !== undefined) {
      if (!(await this.users.find(actor, q.userId))) throw notFound('User');
      rows = await this.ds.query(
        'SELECT hour, SUM(up_bytes) AS up, SUM(down_bytes) AS down FROM usage_hourly WHERE user_id = ? AND hour >= ? AND hour < ? GROUP BY hour',
        [q.userId, ...window],
      );
    } else {
      const agentKey = await this.agentKeyFor(actor, q.agentId);
      rows = await this.ds.query(
        `SELECT hour, SUM(up_bytes) AS up, SUM(down_bytes) AS down FROM usage_hourly_agent
         WHERE ${agentKey === null ? '' : 'agent_key = ? AND '}hour >= ? AND hour < ? GROUP BY hour`,
        agentKey === null ? window : [agentKey, ...window],
      );
    }
    return fillSeries(
      r.range,
      rows.map((row) => ({ hour: dateOf(row.hour) ?? new Date(0), up: bytesOf(row.up), down: bytesOf(row.down) })),
    );
  }

  /** The agent a series is about (null = all of them); an agent may ask only about itself (NOT_FOUND otherwise). */
  private async agentKeyFor(actor: Actor, agentId: number | undefined): Promise<number | null> {
    if (agentId !== undefined) return (await this.accounts.getAgent(actor, agentId)).id;
    if (isAdmin(actor)) return null;
    if (actor.kind !== 'account') throw forbidden();
    return actor.accountId;
  }
}
