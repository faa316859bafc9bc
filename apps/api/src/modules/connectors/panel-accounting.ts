import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '@tm/shared';
import { inTransaction } from '../../platform/db/transaction';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import { RouterPeople } from '../bandwidth';
import type { UsageIngestService } from '../usage';
import type { ConnectorServers } from './connector-servers';
import type { ConnectorEntity } from './connector.entity';
import { panelStep } from './panel-counter.policy';
import { PanelUserEntity } from './panel-user.entity';
import { PANEL_USER_KEYS, PANEL_USER_SETS, panelUserRow, rowKey } from './panel-user.rows';
import type { PanelUsage } from './panels';

/** The ingest takes at most this many samples per call; a poll's rows are written in chunks of it. */
const CHUNK = 10_000;

/** A row whose cursor or state changed, and the sample its bytes make (null: nothing to count). */
interface Change {
  row: PanelUserEntity;
  sample: Record<string, unknown> | null;
}

/** Another instance wrote this panel's cursors since we read their version: our reading is dropped. */
export class CountersMoved extends Error {}

export interface PanelReading {
  /** Every panel user we know, as stored after this poll (gone ones with present = false). */
  rows: PanelUserEntity[];
  /** Our users named in the panel, with what they may get on the network. */
  people: RouterPeople;
  samples: number;
  up: bigint;
  down: bigint;
  /** Counters that started over (a reset in the panel, a re-created user). */
  restarted: number;
  /** Panel users that are none of ours. */
  unmapped: number;
}

/**
 * I1/I2 pull: a panel's cumulative counters → usage samples, exactly once. Each poll's deltas are
 * taken against the cursor of the previous one (panel_users) and go through the one ingest door in
 * the SAME transaction that moves the cursors, guarded by a compare-and-set on the inbound's
 * counters_version: a reading is counted once whatever crashes or races happen, a panel down for
 * hours is caught up by the next poll, and a counter that went back starts a new segment.
 */
export class PanelAccounting {
  constructor(
    private readonly ds: DataSource,
    private readonly ingest: UsageIngestService,
    private readonly servers: ConnectorServers,
    private readonly logger: Logger,
  ) {}

  /** `versions`: the inbounds' counters_version read BEFORE the panel was. Throws CountersMoved when another instance got there first. */
  async record(connector: ConnectorEntity, usages: PanelUsage[], at: Date, versions: Map<string, number>): Promise<PanelReading> {
    const previous = new Map((await this.ds.getRepository(PanelUserEntity).findBy({ connectorId: connector.id })).map((r) => [rowKey(r.inbound, r.panelKey), r]));
    const baseline = connector.lastSyncAt === null && previous.size === 0;
    const people = await this.people(usages);
    const serverOf = await this.servers.ensure(connector, usages);
    const reading: PanelReading = { rows: [], people, samples: 0, up: 0n, down: 0n, restarted: 0, unmapped: 0 };
    const changed = new Map<string, Change[]>();
    const change = (inbound: string, c: Change) => (changed.get(inbound) ?? changed.set(inbound, []).get(inbound)!).push(c);

    const seen = new Set<string>();
    for (const u of usages) {
      const key = rowKey(u.inbound, u.key);
      if (u.key.length > 128 || u.inbound.length > 32 || seen.has(key)) continue;
      seen.add(key);
      const prev = previous.get(key) ?? null;
      const step = panelStep(prev && { up: prev.upBytes, down: prev.downBytes, segment: prev.segment }, u, baseline);
      if (step.restarted) reading.restarted++;
      const owner = people.byName.get(u.key) ?? null;
      if (!owner) reading.unmapped++;
      const row = panelUserRow(connector.id, u, step.cursor, at, owner?.id ?? prev?.userId ?? null, prev);
      reading.rows.push(row);
      const moved = step.up + step.down > 0n;
      let sample: Record<string, unknown> | null = null;
      if (owner && moved) {
        sample = { id: sampleId(connector.id, u.inbound, u.key, step.cursor.segment, u.up, u.down), user: owner.username, protocol: u.protocol, up: step.up.toString(), down: step.down.toString(), at: at.toISOString() };
        reading.up += step.up;
        reading.down += step.down;
      }
      if (!prev || moved || step.restarted || differs(prev, row)) change(u.inbound, { row, sample });
    }
    for (const [key, prev] of previous) {
      if (seen.has(key)) continue;
      const gone = Object.assign(new PanelUserEntity(), prev, { present: false });
      reading.rows.push(gone);
      if (prev.present) change(prev.inbound, { row: gone, sample: null });
    }

    for (const [inbound, changes] of changed) {
      const serverId = serverOf.get(inbound);
      if (serverId === undefined) continue;
      reading.samples += await this.write(connector.id, serverId, inbound, versions, changes, at);
    }
    return reading;
  }

  /** Our users these panel users are (same name), with what each may get on the network now. */
  people(usages: PanelUsage[]): Promise<RouterPeople> {
    return RouterPeople.load(this.ds, { names: usages.map((u) => u.key), macs: [], userIds: [] });
  }

  /** One inbound's changed rows and their samples, in chunks; each chunk one transaction with its compare-and-set. */
  private async write(connectorId: number, serverId: number, inbound: string, versions: Map<string, number>, changes: Change[], at: Date): Promise<number> {
    // Keys in one order, so two writers of overlapping rows can't deadlock.
    changes.sort((a, b) => (a.row.panelKey < b.row.panelKey ? -1 : a.row.panelKey > b.row.panelKey ? 1 : 0));
    let accepted = 0;
    for (let i = 0; i < changes.length; i += CHUNK) {
      const part = changes.slice(i, i + CHUNK).map((c) => c.row);
      const partSamples = changes.slice(i, i + CHUNK).flatMap((c) => (c.sample ? [c.sample] : []));
      const version = versions.get(inbound) ?? 0;
      const moveCursors = (m: EntityManager) => this.moveCursors(m, connectorId, inbound, version, part);
      try {
        if (partSamples.length) accepted += (await this.ingest.ingest(serverId, partSamples, at, { alsoWrite: moveCursors })).accepted;
        else await inTransaction(this.ds, moveCursors);
      } catch (err) {
        if (!(err instanceof DomainError && err.code === ErrorCode.UNAVAILABLE)) throw err;
        // Tracking is switched off: nothing is counted, and the bytes moved meanwhile stay uncounted.
        this.logger.debug({ connectorId }, 'tracking is off; panel cursors moved without counting');
        await inTransaction(this.ds, moveCursors);
      }
      versions.set(inbound, version + 1);
    }
    return accepted;
  }

  private async moveCursors(m: EntityManager, connectorId: number, inbound: string, version: number, rows: PanelUserEntity[]): Promise<void> {
    const sql = new SqlDialect(m);
    const claimed = await sql.affected('UPDATE connector_servers SET counters_version = counters_version + 1 WHERE connector_id = ? AND inbound = ? AND counters_version = ?', [connectorId, inbound, version]);
    if (claimed !== 1) throw new CountersMoved();
    await sql.upsertReplace('panel_users', PANEL_USER_KEYS, PANEL_USER_SETS, rows.map((r) => panelUserValues(sql, r)));
  }
}

/** What a row's columns are bound as, in PANEL_USER_KEYS + PANEL_USER_SETS order. */
export function panelUserValues(sql: SqlDialect, r: PanelUserEntity): unknown[] {
  const flag = (b: boolean) => (b ? 1 : 0);
  return [
    r.connectorId, r.inbound, r.panelKey,
    r.userId, sql.bytes(r.upBytes), sql.bytes(r.downBytes), r.segment, sql.date(r.readAt), flag(r.lifetime), flag(r.resetPending),
    flag(r.present), flag(r.enabled), r.panelStatus, flag(r.held), r.dataLimit === null ? null : sql.bytes(r.dataLimit), r.expiresAt ? sql.date(r.expiresAt) : null, r.protocol,
  ];
}

/** Only what the panel says of a user, not when it was read: an idle user's row isn't rewritten every poll. */
function differs(a: PanelUserEntity, b: PanelUserEntity): boolean {
  return (
    a.userId !== b.userId || a.present !== b.present || a.enabled !== b.enabled || a.panelStatus !== b.panelStatus || a.lifetime !== b.lifetime ||
    a.dataLimit !== b.dataLimit || (a.expiresAt?.getTime() ?? null) !== (b.expiresAt?.getTime() ?? null) || a.protocol !== b.protocol
  );
}

/** A sample id that names the reading: the same reading sent twice is a duplicate, whatever else happens. */
function sampleId(connectorId: number, inbound: string, key: string, segment: number, up: bigint, down: bigint): string {
  const digest = createHash('sha256').update(`${inbound}\n${key}\n${segment}\n${up}\n${down}`).digest('hex').slice(0, 40);
  return `pn${connectorId}:${digest}`;
}
