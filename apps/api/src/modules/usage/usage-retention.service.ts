import type { DataSource } from 'typeorm';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden } from '../../platform/errors/domain-error';
import type { SettingsService } from '../settings';
import { SqlDialect } from '../../platform/db/sql-dialect';
import type { UsageRollupService } from './usage-rollup.service';
import { retentionCutoff } from './usage-retention.policy';
import { placeholders } from '../../platform/db/rows';

export interface CleanupResult {
  deleted: number;
  /** Samples before this time were deleted; null when retention is 0 (keep everything). */
  before: Date | null;
}

/**
 * Deletes raw samples older than the retention period, never one not yet folded into the hourly
 * rollups (pending batches are folded first, and one arriving meanwhile is skipped). Rollups and every counter stay: they
 * are what charts and limits read, and lifetime never decreases. Deletes go in bounded chunks, ids
 * ascending, each in its own short transaction, so ingest (and SQLite's single writer) is never held up long.
 */
export class UsageRetentionService {
  constructor(
    private readonly ds: DataSource,
    private readonly settings: SettingsService,
    private readonly rollup: UsageRollupService,
    private readonly chunkSize = 5000,
  ) {}

  async cleanup(actor: Actor, now = new Date()): Promise<CleanupResult> {
    if (!isAdmin(actor)) throw forbidden('Only admins clean up samples');
    const before = retentionCutoff((await this.settings.get()).retentionDays, now);
    if (!before) return { deleted: 0, before: null };
    await this.rollup.rollUp(now);
    let deleted = 0;
    for (;;) {
      const { found, removed } = await inTransaction(this.ds, async (m) => {
        const sql = new SqlDialect(m);
        const ids: { id: unknown }[] = await m.query(`SELECT id FROM samples WHERE at < ? AND batch_id NOT IN (SELECT id FROM ingest_batches WHERE rolled_up_at IS NULL)
           ORDER BY id LIMIT ${this.chunkSize}`, [sql.date(before)]);
        if (!ids.length) return { found: 0, removed: 0 };
        // The structured result carries the affected-row count on both drivers.
        const result = await m.queryRunner!.query(`DELETE FROM samples WHERE id IN (${placeholders(ids.length)})`, ids.map((r) => r.id), true);
        return { found: ids.length, removed: typeof result.affected === 'number' ? result.affected : ids.length };
      });
      deleted += removed;
      if (found < this.chunkSize) break;
    }
    return { deleted, before };
  }
}
