import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isLockConflict } from '../../platform/validation';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { placeholders } from '../../platform/db/rows';

export interface RollupResult {
  batches: number;
  samples: number;
}

const BATCHES_PER_FOLD = 100;

/**
 * Folds committed ingest batches into the hourly rollups (per user × server × protocol, and per
 * agent). Counters are exact at COMMIT; rollups are history, so they are folded after the fact: by
 * the usage.rollup job, and by every read of rollups (stats, series) and the retention cleanup
 * first, so no reader ever sees them behind. Folding a minute of traffic at once also merges the
 * many samples a user sends per hour into one row write instead of one per ingest call.
 *
 * A fold claims pending batch rows (row locks on MySQL, skipping rows another fold holds or an
 * ingest has not committed; the write queue on SQLite), adds their samples set-based (INSERT …
 * SELECT … GROUP BY, nothing through Node), and marks them, in one transaction: a batch is folded
 * exactly once however many processes fold at the same time.
 */
export class UsageRollupService {
  /** Passes in this process run one after another, so a caller's pass sees every batch committed before it asked. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly ds: DataSource) {}

  /** Folds everything pending, a bounded chunk of batches per transaction. */
  rollUp(now = new Date()): Promise<RollupResult> {
    const pass = this.tail.then(() => this.foldAll(now));
    this.tail = pass.catch(() => undefined);
    return pass;
  }

  private async foldAll(now: Date): Promise<RollupResult> {
    const total: RollupResult = { batches: 0, samples: 0 };
    for (let attempt = 1; ; ) {
      try {
        const done = await inTransaction(this.ds, (m) => this.foldSome(m, now), 'READ COMMITTED');
        total.batches += done.batches;
        total.samples += done.samples;
        if (done.batches < BATCHES_PER_FOLD) return total;
      } catch (err) {
        // Another process's fold or an ingest can still cross ours on MySQL: the fold rolled back whole; go again.
        if (++attempt > 5 || !isLockConflict(err)) throw err;
      }
    }
  }

  private async foldSome(m: EntityManager, now: Date): Promise<RollupResult> {
    const sql = new SqlDialect(m);
    const batches: { id: unknown; lo: unknown; hi: unknown; n: unknown }[] = await m.query(
      `SELECT id, first_sample_id AS lo, last_sample_id AS hi, samples AS n FROM ingest_batches
       WHERE rolled_up_at IS NULL ORDER BY id LIMIT ${BATCHES_PER_FOLD}${sql.mysql ? ' FOR UPDATE SKIP LOCKED' : ''}`,
    );
    if (!batches.length) return { batches: 0, samples: 0 };
    const ids = batches.map((b) => Number(b.id));
    const lo = Math.min(...batches.map((b) => Number(b.lo)));
    const hi = Math.max(...batches.map((b) => Number(b.hi)));
    const from = `FROM samples WHERE id BETWEEN ? AND ? AND batch_id IN (${placeholders(ids.length)})`;
    const params = [lo, hi, ...ids];
    const hour = sql.hourOf('at');
    await m.query(
      `${sql.upsertSelectHead('usage_hourly', ['user_id', 'server_id', 'protocol', 'hour', 'up_bytes', 'down_bytes', 'samples', 'last_seen_at'])}
       SELECT user_id, server_id, protocol, ${hour} AS h, SUM(up), SUM(down), COUNT(*), MAX(at) ${from}
       GROUP BY user_id, server_id, protocol, h ${sql.upsertAddTail(['user_id', 'server_id', 'protocol', 'hour'], ['up_bytes', 'down_bytes', 'samples'], ['last_seen_at'])}`,
      params,
    );
    await m.query(
      `${sql.upsertSelectHead('usage_hourly_agent', ['agent_key', 'hour', 'up_bytes', 'down_bytes', 'samples'])}
       SELECT COALESCE(agent_id, 0) AS a, ${hour} AS h, SUM(up), SUM(down), COUNT(*) ${from}
       GROUP BY a, h ${sql.upsertAddTail(['agent_key', 'hour'], ['up_bytes', 'down_bytes', 'samples'], [])}`,
      params,
    );
    await m.query(`UPDATE ingest_batches SET rolled_up_at = ? WHERE id IN (${placeholders(ids.length)})`, [sql.date(now), ...ids]);
    return { batches: ids.length, samples: batches.reduce((a, b) => a + Number(b.n), 0) };
  }
}
