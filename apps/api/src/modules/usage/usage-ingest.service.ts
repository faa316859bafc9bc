import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { DomainError } from '../../platform/errors/domain-error';
import { ErrorCode } from '@tm/shared';
import { UserEntity } from '../users/user.entity';
import { SettingsService } from '../settings/settings.service';
import { BatchTotals, ResolvedSample, aggregate } from './ingest.aggregate';
import { MAX_SAMPLES_PER_REQUEST, ValidSample, checkSample, dedupeWithinBatch } from './ingest.policy';
import { SqlDialect } from './sql-dialect';
import type { UsageListener } from './usage.topics';

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

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', 'SQLITE_BUSY', 'SQLITE_CONSTRAINT_UNIQUE']);
const CHUNK = 1000;

/**
 * The one door every sample goes through (webhook, GraphQL, router pollers). A batch is validated
 * per sample, its users resolved, re-sent ids dropped, and then the raw samples and every counter
 * (user × server, user, agent, server, hourly rollups, global) are written in ONE transaction with
 * set-based statements. The call returns only after COMMIT.
 */
export class UsageIngestService {
  constructor(
    private readonly ds: DataSource,
    private readonly settings: SettingsService,
    private readonly listener: UsageListener = { batchCommitted: () => undefined },
  ) {}

  async ingest(serverId: number, raw: unknown[], now = new Date()): Promise<IngestResult> {
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
    const known: (ValidSample & { userId: number; agentId: number | null })[] = [];
    for (const s of valid) {
      const u = users.get(s.user);
      if (u) known.push({ ...s, userId: u.id, agentId: u.agentId });
      else rejected.push({ index: s.index, reason: `unknown user "${s.user}"` });
    }
    const { unique, duplicates: inBatch } = dedupeWithinBatch(known);
    const { written, duplicates } = await this.withRetries(() => inTransaction(this.ds, (m) => this.write(m, serverId, unique, now)));
    rejected.sort((a, b) => a.index - b.index);
    if (written.length) {
      this.listener.batchCommitted({
        serverId,
        userIds: [...new Set(written.map((s) => s.userId))],
        agentIds: [...new Set(written.map((s) => s.agentId).filter((a): a is number => a !== null))],
        at: now,
      });
    }
    return { accepted: written.length, duplicates: duplicates + inBatch, rejected };
  }

  /** username or token → user, in chunks. */
  private async resolveUsers(refs: string[]): Promise<Map<string, { id: number; agentId: number | null }>> {
    const wanted = [...new Set(refs)];
    const found = new Map<string, { id: number; agentId: number | null }>();
    const repo = this.ds.getRepository(UserEntity);
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const part = wanted.slice(i, i + CHUNK);
      const rows = await repo.find({
        where: [{ username: In(part) }, { token: In(part) }],
        select: { id: true, username: true, token: true, agentId: true },
      });
      for (const u of rows) {
        found.set(u.username, { id: u.id, agentId: u.agentId });
        found.set(u.token, { id: u.id, agentId: u.agentId });
      }
    }
    return found;
  }

  private async write(m: EntityManager, serverId: number, samples: (ValidSample & ResolvedSample)[], now: Date) {
    const sql = new SqlDialect(m);
    const fresh = await this.dropSeen(m, serverId, samples);
    if (fresh.length === 0) return { written: fresh, duplicates: samples.length };
    await this.insertRaw(m, sql, serverId, fresh);
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
        `SELECT sample_key AS k FROM samples WHERE server_id = ? AND sample_key IN (${part.map(() => '?').join(', ')})`,
        [serverId, ...part],
      );
      for (const r of rows) seen.add(r.k);
    }
    return seen.size ? samples.filter((s) => s.key === null || !seen.has(s.key)) : samples;
  }

  private async insertRaw(m: EntityManager, sql: SqlDialect, serverId: number, samples: ResolvedSample[]): Promise<void> {
    for (let i = 0; i < samples.length; i += CHUNK) {
      const part = samples.slice(i, i + CHUNK);
      const params = part.flatMap((s) => [serverId, s.userId, s.key, s.protocol, sql.bytes(s.up), sql.bytes(s.down), sql.date(s.at)]);
      await m.query(
        `INSERT INTO samples (server_id, user_id, sample_key, protocol, up, down, at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        params,
      );
    }
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
    );
    const hours = [...t.perHour.values()].sort((a, b) => a.userId - b.userId || a.protocol.localeCompare(b.protocol) || a.hour.getTime() - b.hour.getTime());
    await sql.upsertAdd(
      'usage_hourly',
      ['user_id', 'server_id', 'protocol', 'hour'],
      ['up_bytes', 'down_bytes', 'samples'],
      ['last_seen_at'],
      hours.map((h) => [h.userId, serverId, h.protocol, sql.date(h.hour), sql.bytes(h.up), sql.bytes(h.down), h.samples, sql.date(h.lastSeen)]),
    );
    await sql.addById('users', ['up_bytes', 'down_bytes', 'lifetime_bytes'], new Map(userIds.map((id) => {
      const s = t.perUser.get(id)!;
      return [id, [s.up, s.down, s.up + s.down]];
    })));
    const agentHours = [...t.perAgentHour.values()].sort((a, b) => a.agentKey - b.agentKey || a.hour.getTime() - b.hour.getTime());
    await sql.upsertAdd(
      'usage_hourly_agent',
      ['agent_key', 'hour'],
      ['up_bytes', 'down_bytes', 'samples'],
      [],
      agentHours.map((h) => [h.agentKey, sql.date(h.hour), sql.bytes(h.up), sql.bytes(h.down), h.samples]),
    );
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

  /** A deadlock or a concurrent duplicate id rolls the whole batch back; it is then simply tried again. */
  private async withRetries<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const e = err as { code?: string; driverError?: { code?: string } };
        const code = e.driverError?.code ?? e.code ?? '';
        if (attempt >= 6 || !RETRYABLE.has(code)) throw err;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  }
}
