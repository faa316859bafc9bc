import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { DomainError } from '../../platform/errors/domain-error';
import { isLockConflict, isUniqueViolation } from '../../platform/validation';
import { ErrorCode } from '@tm/shared';
import { SettingsService } from '../settings';
import { BatchTotals, ResolvedSample, aggregate } from './ingest.aggregate';
import { MAX_SAMPLES_PER_REQUEST, ValidSample, checkSample, dedupeWithinBatch } from './ingest.policy';
import { SqlDialect } from '../../platform/db/sql-dialect';
import type { UsageListener } from './usage.topics';
import { placeholders } from '../../platform/db/rows';

export interface Rejection {
  index: number;
  reason: string;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

export const trackingOff = () =>
  new DomainError(ErrorCode.UNAVAILABLE, 'Traffic tracking is switched off; nothing was counted. Retry later.');

const CHUNK = 1000;

/** A user a sample names; `bounded`: it has a data limit or an expiry (enforcement looks only at those). */
interface ResolvedUser {
  id: number;
  agentId: number | null;
  bounded: boolean;
}
const ROW9 = ', (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * The one door every sample goes through (webhook, GraphQL, router pollers). A batch is validated
 * per sample, its users resolved, re-sent ids dropped, and then the raw samples and every counter
 * (user × server, user, agent, server, global) are written in ONE transaction with set-based
 * statements. The call returns only after COMMIT. Hourly rollups are folded from the committed
 * samples afterwards (UsageRollupService), never inside the request.
 */
export class UsageIngestService {
  /** Servers whose last batch re-sent ids: their next batch looks ids up before inserting. */
  private readonly resending = new Set<number>();

  constructor(
    private readonly ds: DataSource,
    private readonly settings: SettingsService,
    private readonly listener: UsageListener = { batchCommitted: () => undefined },
  ) {}

  /**
   * `opts.alsoWrite` runs first inside the batch's own transaction: a router poll moves its counter
   * cursor there, so the cursor and the samples it produced commit (or roll back) together.
   */
  async ingest(serverId: number, raw: unknown[], now = new Date(), opts: { alsoWrite?: (m: EntityManager) => Promise<void> } = {}): Promise<IngestResult> {
    if (!(await this.settings.get()).trackingEnabled) throw trackingOff();
    if (raw.length > MAX_SAMPLES_PER_REQUEST) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_SAMPLES_PER_REQUEST} samples per request`);
    }
    const rejected: Rejection[] = [];
    const valid: ValidSample[] = [];
    raw.forEach((r, i) => {
      const c = checkSample(r, i, now);
      if (c.ok) valid.push(c.sample);
      else rejected.push({ index: c.index, reason: c.reason });
    });
    const users = await this.resolveUsers(valid.map((s) => s.user));
    const bounded = new Set([...users.values()].filter((u) => u.bounded).map((u) => u.id));
    const known: (ValidSample & ResolvedSample)[] = [];
    for (const s of valid) {
      const u = users.get(s.user);
      if (u) known.push({ ...s, userId: u.id, agentId: u.agentId });
      else rejected.push({ index: s.index, reason: `unknown user "${s.user}"` });
    }
    const { unique, duplicates: inBatch } = dedupeWithinBatch(known);
    // Ids are looked up first only when this server has been re-sending; otherwise the unique index
    // answers: a duplicate rolls the batch back and the retry looks them up.
    let lookUp = this.resending.has(serverId);
    const { written, duplicates } = await this.withRetries(
      () =>
        inTransaction(
          this.ds,
          async (m) => {
            await opts.alsoWrite?.(m);
            return this.write(m, serverId, unique, now, lookUp);
          },
          'READ COMMITTED',
        ),
      () => (lookUp = true),
    );
    if (duplicates) this.resending.add(serverId);
    else this.resending.delete(serverId);
    rejected.sort((a, b) => a.index - b.index);
    if (written.length) {
      this.listener.batchCommitted({
        serverId,
        users: [...new Map(written.map((s) => [s.userId, s.agentId])).entries()],
        agentIds: [...new Set(written.map((s) => s.agentId).filter((a): a is number => a !== null))],
        boundedUserIds: [...new Set(written.map((s) => s.userId))].filter((id) => bounded.has(id)),
        at: now,
      });
    }
    return { accepted: written.length, duplicates: duplicates + inBatch, rejected };
  }

  /** username or token → user: one statement per chunk, usernames first, tokens only for what is left. */
  private async resolveUsers(refs: string[]): Promise<Map<string, ResolvedUser>> {
    const found = new Map<string, ResolvedUser>();
    const lookUp = async (column: 'username' | 'token', wanted: string[]) => {
      for (let i = 0; i < wanted.length; i += CHUNK) {
        const part = wanted.slice(i, i + CHUNK);
        const rows: { id: unknown; agent_id: unknown; ref: string; bounded: unknown }[] = await this.ds.query(
          `SELECT id, agent_id, ${column} AS ref, CASE WHEN data_limit IS NULL AND expires_at IS NULL THEN 0 ELSE 1 END AS bounded
           FROM users WHERE ${column} IN (${placeholders(part.length)})`,
          part,
        );
        for (const r of rows) {
          found.set(r.ref, { id: Number(r.id), agentId: r.agent_id === null ? null : Number(r.agent_id), bounded: Number(r.bounded) === 1 });
        }
      }
    };
    const wanted = [...new Set(refs)];
    await lookUp('username', wanted);
    await lookUp('token', wanted.filter((ref) => !found.has(ref)));
    return found;
  }

  private async write(m: EntityManager, serverId: number, samples: (ValidSample & ResolvedSample)[], now: Date, lookUp: boolean) {
    const sql = new SqlDialect(m);
    const fresh = lookUp ? await this.dropSeen(m, serverId, samples) : samples;
    if (fresh.length === 0) return { written: fresh, duplicates: samples.length };
    await this.insertRaw(m, sql, serverId, fresh, now);
    await this.addCounters(m, sql, serverId, aggregate(fresh), now);
    return { written: fresh, duplicates: samples.length - fresh.length };
  }

  /** Samples whose id this server already sent are dropped (the unique index backs this up under races). */
  private async dropSeen<T extends { key: string | null }>(m: EntityManager, serverId: number, samples: T[]): Promise<T[]> {
    const keys = samples.map((s) => s.key).filter((k): k is string => k !== null);
    if (!keys.length) return samples;
    const seen = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const part = keys.slice(i, i + CHUNK);
      const rows: { k: string }[] = await m.query(
        `SELECT sample_key AS k FROM samples WHERE server_id = ? AND sample_key IN (${placeholders(part.length)})`,
        [serverId, ...part],
      );
      for (const r of rows) seen.add(r.k);
    }
    return seen.size ? samples.filter((s) => s.key === null || !seen.has(s.key)) : samples;
  }

  /**
   * The batch row, then its samples. The batch records bounds of its sample ids for the rollup fold:
   * ids are allocated upwards, so ours lie between the largest id visible before the insert and the
   * largest visible after it (other batches may interleave; their rows carry their own batch_id).
   */
  private async insertRaw(m: EntityManager, sql: SqlDialect, serverId: number, samples: ResolvedSample[], now: Date): Promise<void> {
    const maxId = async () => Number((await m.query('SELECT MAX(id) AS id FROM samples'))[0]?.id ?? 0);
    const first = (await maxId()) + 1;
    const batchId = sql.insertedId(
      await m.query('INSERT INTO ingest_batches (server_id, samples, first_sample_id, received_at) VALUES (?, ?, ?, ?)', [serverId, samples.length, first, sql.date(now)]),
    );
    for (let i = 0; i < samples.length; i += CHUNK) {
      const part = samples.slice(i, i + CHUNK);
      const params: unknown[] = [];
      for (const s of part) params.push(serverId, s.userId, s.agentId, batchId, s.key, s.protocol, sql.bytes(s.up), sql.bytes(s.down), sql.date(s.at));
      await m.query(
        `INSERT INTO samples (server_id, user_id, agent_id, batch_id, sample_key, protocol, up, down, at) VALUES ${ROW9.repeat(part.length).slice(2)}`,
        params,
      );
    }
    await m.query('UPDATE ingest_batches SET last_sample_id = ? WHERE id = ?', [await maxId(), batchId]);
  }

  /** Every counter, in one fixed table order with keys sorted, so concurrent batches don't deadlock; hot single rows last. */
  private async addCounters(m: EntityManager, sql: SqlDialect, serverId: number, t: BatchTotals, now: Date): Promise<void> {
    const userIds = [...t.perUser.keys()].sort((a, b) => a - b);
    await sql.upsertAdd(
      'user_server_usage',
      ['user_id', 'server_id'],
      ['up_bytes', 'down_bytes', 'lifetime_up', 'lifetime_down'],
      ['last_seen_at'],
      userIds.map((id) => {
        const s = t.perUser.get(id)!;
        return [id, serverId, sql.bytes(s.up), sql.bytes(s.down), sql.bytes(s.up), sql.bytes(s.down), sql.date(s.lastSeen)];
      }),
      1000,
    );
    await sql.addById('users', ['up_bytes', 'down_bytes', 'lifetime_bytes'], new Map(userIds.map((id) => {
      const s = t.perUser.get(id)!;
      return [id, [s.up, s.down, s.up + s.down]];
    })));
    if (t.perAgent.size) {
      await sql.addById('accounts', ['charged_bytes', 'lifetime_bytes'], new Map([...t.perAgent].map(([id, s]) => [id, [s.up + s.down, s.up + s.down]])));
    }
    const total = t.total.up + t.total.down;
    await m.query(
      `UPDATE servers SET up_bytes = up_bytes + ${sql.int}, down_bytes = down_bytes + ${sql.int}, lifetime_bytes = lifetime_bytes + ${sql.int},
       samples_count = samples_count + ?, last_seen_at = ? WHERE id = ?`,
      [sql.bytes(t.total.up), sql.bytes(t.total.down), sql.bytes(total), t.total.samples, sql.date(now), serverId],
    );
    await sql.upsertAdd(
      'system_counters',
      ['id'],
      ['up_bytes', 'down_bytes', 'lifetime_bytes', 'samples_count'],
      [],
      [[1, sql.bytes(t.total.up), sql.bytes(t.total.down), sql.bytes(total), t.total.samples]],
    );
  }

  /**
   * A deadlock or a concurrent duplicate id rolls the whole batch back; it is then simply tried again
   * (after a duplicate, with ids looked up first).
   */
  private async withRetries<T>(run: () => Promise<T>, onDuplicate: () => void): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const duplicate = isUniqueViolation(err);
        if (attempt >= 6 || !(duplicate || isLockConflict(err))) throw err;
        if (duplicate) onDuplicate();
        else await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  }
}
