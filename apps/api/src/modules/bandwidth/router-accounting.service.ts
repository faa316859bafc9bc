import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@tm/shared';
import { inTransaction } from '../../platform/db/transaction';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import type { UsageIngestService } from '../usage';
import { CounterReading, counterDelta } from './counter.policy';
import { RouterPeople } from './router-people';
import { RouterCounterEntity } from './router-counter.entity';
import type { RouterEntity } from './router.entity';
import type { FullSnapshot, RouterSnapshot } from './router-snapshot';
import { RouterPppCounterEntity } from './router-ppp-counter.entity';
import type { SessionCursorColumns } from './session-cursor.columns';

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

  async record(router: RouterEntity, snapshot: RouterSnapshot | FullSnapshot): Promise<AccountingResult> {
    const version = router.countersVersion;
    const [hotspotCursors, pppCursors] = await Promise.all([
      this.ds.getRepository(RouterCounterEntity).findBy({ routerId: router.id }),
      this.ds.getRepository(RouterPppCounterEntity).findBy({ routerId: router.id }),
    ]);
    const ppp = 'pppSessions' in snapshot ? snapshot.pppSessions.filter((s) => s.counted) : [];
    // PPP sessions are owned like hotspot ones: by login name, else by the caller's MAC.
    const owners = await RouterPeople.ofSessions(this.ds, [...snapshot.sessions, ...ppp.map((s) => ({ user: s.name, macAddress: s.macAddress }))]);
    const result: AccountingResult = { samples: 0, up: 0n, down: 0n, unknownSessions: 0, restarted: 0 };
    const samples: Record<string, unknown>[] = [];
    const at = snapshot.at;
    const count = (owner: string | undefined, sampleId: string, d: { up: bigint; down: bigint }, protocol: string) => {
      if (d.up + d.down === 0n) return;
      if (!owner) {
        result.unknownSessions++;
        return;
      }
      samples.push({ id: sampleId, user: owner, protocol, up: d.up.toString(), down: d.down.toString(), at: at.toISOString() });
      result.up += d.up;
      result.down += d.down;
    };

    const hotspotPrev = new Map(hotspotCursors.map((c) => [c.macAddress, c] as const));
    const hotspot: RouterCounterEntity[] = [];
    let changed = hotspotPrev.size !== snapshot.sessions.length || pppCursors.length !== ppp.length;
    for (const s of snapshot.sessions) {
      const step = advance(hotspotPrev.get(s.macAddress)?.cursor, s, at);
      if (step.restarted) result.restarted++;
      changed ||= step.changed;
      hotspot.push(Object.assign(new RouterCounterEntity(), { routerId: router.id, macAddress: s.macAddress, cursor: step.cursor }));
      count(owners.ownerOf(s.user, s.macAddress)?.username, `rt${router.id}:${s.macAddress}:${step.cursor.loginAt.getTime()}:${s.up}:${s.down}`, step.delta, 'hotspot');
    }
    const pppPrev = new Map(pppCursors.map((c) => [c.name, c] as const));
    const pppNext: RouterPppCounterEntity[] = [];
    for (const s of ppp) {
      const step = advance(pppPrev.get(s.name)?.cursor, s, at);
      if (step.restarted) result.restarted++;
      changed ||= step.changed;
      pppNext.push(Object.assign(new RouterPppCounterEntity(), { routerId: router.id, name: s.name, cursor: step.cursor }));
      const owner = owners.ownerOf(s.name, s.macAddress)?.username;
      count(owner, `rt${router.id}:ppp:${s.name}:${step.cursor.loginAt.getTime()}:${s.up}:${s.down}`, step.delta, 'pppoe');
    }
    if (!changed) return result;

    const moveCursor = (m: EntityManager) => this.moveCursor(m, router.id, version, hotspot, pppNext);
    try {
      if (samples.length) {
        const r = await this.ingest.ingest(router.serverId, samples, at, { alsoWrite: moveCursor });
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

  private async moveCursor(m: EntityManager, routerId: number, version: number, hotspot: RouterCounterEntity[], ppp: RouterPppCounterEntity[]): Promise<void> {
    const sql = new SqlDialect(m);
    const claimed = await sql.affected('UPDATE routers SET counters_version = counters_version + 1 WHERE id = ? AND counters_version = ?', [routerId, version]);
    if (claimed !== 1) throw new CountersMoved();
    await m.delete(RouterCounterEntity, { routerId });
    await m.delete(RouterPppCounterEntity, { routerId });
    const values = ({ cursor: c }: { cursor: CursorFields }) => [c.sessionRef, sql.date(c.loginAt), sql.bytes(c.upBytes), sql.bytes(c.downBytes), sql.date(c.readAt)];
    await insertChunked(m, 'router_counters (router_id, mac_address, session_ref, login_at, up_bytes, down_bytes, read_at)', hotspot.map((c) => [c.routerId, c.macAddress, ...values(c)]));
    await insertChunked(m, 'router_ppp_counters (router_id, name, session_ref, login_at, up_bytes, down_bytes, read_at)', ppp.map((c) => [c.routerId, c.name, ...values(c)]));
  }
}

type CursorFields = SessionCursorColumns;

/** One session's reading against its cursor: the bytes moved since, and the cursor to store. */
function advance(
  before: CursorFields | undefined,
  s: { id: string; uptimeSeconds: number; up: bigint; down: bigint },
  at: Date,
): { delta: { up: bigint; down: bigint }; restarted: boolean; changed: boolean; cursor: CursorFields } {
  const reading: CounterReading = { sessionRef: s.id, loginAt: new Date(at.getTime() - s.uptimeSeconds * 1000), up: s.up, down: s.down };
  const prev = before ? { sessionRef: before.sessionRef, loginAt: before.loginAt, up: before.upBytes, down: before.downBytes } : null;
  const delta = counterDelta(prev, reading);
  const loginAt = prev && !delta.restarted ? prev.loginAt : reading.loginAt;
  const changed = !before || before.upBytes !== s.up || before.downBytes !== s.down || before.sessionRef !== s.id;
  return { delta, restarted: delta.restarted, changed, cursor: { sessionRef: s.id, loginAt, upBytes: s.up, downBytes: s.down, readAt: at } };
}

/** Plain multi-row INSERTs in chunks: TypeORM's entity insert re-reads the rows with one OR term per row, too deep for SQLite past ~500. */
async function insertChunked(m: EntityManager, into: string, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CURSOR_CHUNK) {
    const part = rows.slice(i, i + CURSOR_CHUNK);
    await m.query(`INSERT INTO ${into} VALUES ${part.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')}`, part.flat());
  }
}
