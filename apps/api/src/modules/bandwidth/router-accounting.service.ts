import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@tm/shared';
import { inTransaction } from '../../platform/db/transaction';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import type { UsageIngestService } from '../usage';
import { CounterReading, counterDelta } from './counter.policy';
import { hotspotOwners, ownerOf } from './hotspot-owners';
import { RouterCounterEntity } from './router-counter.entity';
import type { RouterEntity } from './router.entity';
import type { RouterSnapshot } from './router-snapshot';

const CURSOR_CHUNK = 500;

/** Another poll (another instance) counted this router since we read its cursor: our reading is dropped. */
class CountersMoved extends Error {}

export interface AccountingResult {
  samples: number;
  up: bigint;
  down: bigint;
  unknownSessions: number;
  restarted: number;
}

/**
 * B5: hotspot session byte counters → usage samples. Each poll's deltas are computed from the cursor
 * of the previous one (router_counters) and written by the ingest in the SAME transaction that moves
 * the cursor, guarded by a compare-and-set on routers.counters_version: a reading is counted once,
 * whatever crashes or races happen. Counters that went back (re-login, router reboot) start over.
 */
export class RouterAccountingService {
  constructor(
    private readonly ds: DataSource,
    private readonly ingest: UsageIngestService,
    private readonly logger: Logger,
  ) {}

  async record(router: RouterEntity, snapshot: RouterSnapshot): Promise<AccountingResult> {
    const version = router.countersVersion;
    const previous = new Map(
      (await this.ds.getRepository(RouterCounterEntity).findBy({ routerId: router.id })).map((c) => [c.macAddress, c] as const),
    );
    const owners = await hotspotOwners(this.ds, snapshot.sessions);
    const result: AccountingResult = { samples: 0, up: 0n, down: 0n, unknownSessions: 0, restarted: 0 };
    const samples: Record<string, unknown>[] = [];
    const cursors: RouterCounterEntity[] = [];
    let changed = previous.size !== snapshot.sessions.length;

    for (const s of snapshot.sessions) {
      const before = previous.get(s.macAddress);
      const reading: CounterReading = { sessionRef: s.id, loginAt: new Date(snapshot.at.getTime() - s.uptimeSeconds * 1000), up: s.up, down: s.down };
      const prev = before ? { sessionRef: before.sessionRef, loginAt: before.loginAt, up: before.upBytes, down: before.downBytes } : null;
      const delta = counterDelta(prev, reading);
      const loginAt = prev && !delta.restarted ? prev.loginAt : reading.loginAt;
      if (delta.restarted) result.restarted++;
      if (!before || before.upBytes !== s.up || before.downBytes !== s.down || before.sessionRef !== s.id) changed = true;
      cursors.push(Object.assign(new RouterCounterEntity(), { routerId: router.id, macAddress: s.macAddress, sessionRef: s.id, loginAt, upBytes: s.up, downBytes: s.down, readAt: snapshot.at }));
      if (delta.up + delta.down === 0n) continue;
      const username = ownerOf(owners, s)?.username;
      if (!username) {
        result.unknownSessions++;
        continue;
      }
      samples.push({
        id: `rt${router.id}:${s.macAddress}:${loginAt.getTime()}:${s.up}:${s.down}`,
        user: username,
        protocol: 'hotspot',
        up: delta.up.toString(),
        down: delta.down.toString(),
        at: snapshot.at.toISOString(),
      });
      result.up += delta.up;
      result.down += delta.down;
    }
    if (!changed) return result;

    const moveCursor = (m: EntityManager) => this.moveCursor(m, router.id, version, cursors);
    try {
      if (samples.length) {
        const r = await this.ingest.ingest(router.serverId, samples, snapshot.at, { alsoWrite: moveCursor });
        result.samples = r.accepted;
      } else {
        await inTransaction(this.ds, moveCursor);
      }
    } catch (err) {
      if (err instanceof CountersMoved) {
        this.logger.debug({ routerId: router.id }, 'router counters already moved by another poll; reading dropped');
        return { ...result, samples: 0, up: 0n, down: 0n };
      }
      if (err instanceof DomainError && err.code === ErrorCode.UNAVAILABLE) {
        // Tracking is switched off: nothing is counted, and the bytes moved meanwhile stay uncounted.
        await inTransaction(this.ds, moveCursor).catch(() => undefined);
        return { ...result, samples: 0, up: 0n, down: 0n };
      }
      throw err;
    }
    router.countersVersion = version + 1;
    return result;
  }

  private async moveCursor(m: EntityManager, routerId: number, version: number, cursors: RouterCounterEntity[]): Promise<void> {
    const sql = new SqlDialect(m);
    const claimed = await sql.affected('UPDATE routers SET counters_version = counters_version + 1 WHERE id = ? AND counters_version = ?', [routerId, version]);
    if (claimed !== 1) throw new CountersMoved();
    await m.delete(RouterCounterEntity, { routerId });
    // Plain multi-row INSERTs in chunks: TypeORM's entity insert re-reads the rows with one OR term per row, too deep for SQLite past ~500.
    for (let i = 0; i < cursors.length; i += CURSOR_CHUNK) {
      const part = cursors.slice(i, i + CURSOR_CHUNK);
      const params = part.flatMap((c) => [c.routerId, c.macAddress, c.sessionRef, sql.date(c.loginAt), sql.bytes(c.upBytes), sql.bytes(c.downBytes), sql.date(c.readAt)]);
      await m.query(
        `INSERT INTO router_counters (router_id, mac_address, session_ref, login_at, up_bytes, down_bytes, read_at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        params,
      );
    }
  }
}
