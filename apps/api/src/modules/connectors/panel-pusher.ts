import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { placeholders } from '../../platform/db/rows';
import type { Logger } from '../../platform/logger/logger';
import { ConnectorLogEntity } from './connector-log.entity';
import type { ConnectorEntity } from './connector.entity';
import type { PanelReading } from './panel-accounting';
import { planPanelPushes } from './panel-push.policy';
import type { PanelUserEntity } from './panel-user.entity';
import { rowKey } from './panel-user.rows';
import { PanelAnswer, PanelClient, PanelError, PanelUserRef } from './panels';

/**
 * Users the panel cut off by its own data limit: after our reset that cut is void, so we take them in
 * hand (held) and the next pass enables those of ours that may be online (3x-ui's reset leaves the
 * client's entry disabled; Marzban re-activates a limited user by itself).
 */
const SELF_CUT = "enabled = 0 AND panel_status IN ('limited', 'depleted')";

/** Panel calls in flight at once per connector. */
const PARALLEL = 8;

export type PushAction = 'DISABLE' | 'ENABLE' | 'RESET' | 'RESET_ALL' | 'DELETE';

/** One change we asked a panel for, with its answer: the connector log and the reset audit keep these. */
export interface PanelPushRecord {
  connectorId: number;
  connectorName: string;
  action: PushAction;
  panelKey: string | null;
  inbound: string | null;
  userId: number | null;
  ok: boolean;
  /** The panel's HTTP status; null when it couldn't be reached. */
  status: number | null;
  message: string;
  at: Date;
}

export interface PushResult {
  disabled: number;
  enabled: number;
  failed: number;
  resets: number;
}

/**
 * I1/I2 push: makes a panel match our decisions after each poll (planPanelPushes), pushes resets the
 * panel missed, and zeroes the cursors of counters a reset of ours zeroed in the panel. Every call's
 * answer is logged.
 */
export class PanelPusher {
  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
  ) {}

  /**
   * `operatorsOff`: users (rowKey) an operator had disabled in the panel before a reset of ours switched
   * them on: disabled again, and they stay the operator's (never held, so never enabled by us).
   */
  async apply(connector: ConnectorEntity, client: PanelClient, reading: PanelReading, operatorsOff: Set<string> = new Set()): Promise<PushResult> {
    const present = reading.rows.filter((r) => r.present);
    const restore = present.filter((r) => r.enabled && operatorsOff.has(rowKey(r.inbound, r.panelKey)));
    const restored = restore.length ? await this.disableAgain(connector, client, restore) : [];
    const plan = planPanelPushes(
      present.filter((r) => !restore.includes(r)).map((r) => {
        const owner = reading.people.byName.get(r.panelKey);
        return {
          key: r.panelKey,
          inbound: r.inbound,
          enabled: r.enabled,
          held: r.held,
          // A panel can't slow a user down: over the line is off, never full speed.
          ours: owner ? { userId: owner.id, online: owner.access.kind === 'ONLINE' } : null,
          gone: !owner && r.userId !== null,
        };
      }),
    );
    const records = await this.call(connector, plan.pushes, (p) => (p.kind === 'disable' ? 'DISABLE' : 'ENABLE'), (p) => client.setEnabled(p, p.kind === 'enable'));
    const ok = (kind: PushAction) => records.filter((r) => r.ok && r.action === kind).map((r) => ({ key: r.panelKey!, inbound: r.inbound! }));
    await inTransaction(this.ds, async (m) => {
      await this.mark(m, connector.id, ok('DISABLE'), 'held = 1, enabled = 0');
      await this.mark(m, connector.id, ok('ENABLE'), 'held = 0, enabled = 1');
      await this.mark(m, connector.id, plan.released, 'held = 0');
      await this.log(m, records);
    });
    const pending = present.filter((r) => r.resetPending);
    const resets = pending.length ? await this.resetUsers(connector, client, pending, null) : [];
    return {
      disabled: ok('DISABLE').length + restored.filter((r) => r.ok).length,
      enabled: ok('ENABLE').length,
      failed: [...records, ...resets, ...restored].filter((r) => !r.ok).length,
      resets: resets.filter((r) => r.ok).length,
    };
  }

  /**
   * Resets these users' counters in the panel; where the panel took it, their cursors start over from
   * zero (unless the panel's counter is a lifetime one, which its resets don't touch). Call holding the
   * connector's lease, right after a poll counted everything up to now.
   */
  async resetUsers(connector: ConnectorEntity, client: PanelClient, rows: PanelUserEntity[], resetEventId: number | null): Promise<PanelPushRecord[]> {
    const records = await this.call(connector, rows.map((r) => ({ key: r.panelKey, inbound: r.inbound, userId: r.userId })), () => 'RESET', (r) => client.resetUsage(r));
    const done = records.filter((r) => r.ok).map((r) => ({ key: r.panelKey!, inbound: r.inbound! }));
    await inTransaction(this.ds, async (m) => {
      await this.mark(m, connector.id, done, 'reset_pending = 0');
      await this.mark(m, connector.id, done, 'up_bytes = 0, down_bytes = 0, segment = segment + 1', 'lifetime = 0');
      await this.mark(m, connector.id, done, 'held = 1', SELF_CUT);
      await this.bumpVersions(m, connector.id);
      await this.log(m, records, resetEventId);
    });
    return records;
  }

  /** Every user of one inbound ('' = the whole panel) reset in the panel at once. */
  async resetAll(connector: ConnectorEntity, client: PanelClient, inbound: string, resetEventId: number | null): Promise<PanelPushRecord> {
    const [record] = await this.call(connector, [{ key: null, inbound, userId: null }], () => 'RESET_ALL', () => client.resetAll(inbound));
    await inTransaction(this.ds, async (m) => {
      if (record.ok) {
        // Even a lifetime counter starts over here: Marzban's and PasarGuard's reset of all users drops their reset logs.
        const where = inbound === '' ? '' : ' AND inbound = ?';
        const params = inbound === '' ? [connector.id] : [connector.id, inbound];
        await m.query(`UPDATE panel_users SET up_bytes = 0, down_bytes = 0, segment = segment + 1 WHERE connector_id = ?${where}`, params);
        await m.query(`UPDATE panel_users SET held = 1 WHERE connector_id = ?${where} AND ${SELF_CUT}`, params);
        await this.bumpVersions(m, connector.id);
      }
      await this.log(m, [record], resetEventId);
    });
    return record;
  }

  /** Disables again users an operator had disabled and a reset switched on: they stay the operator's (not held). */
  async disableAgain(connector: ConnectorEntity, client: PanelClient, rows: PanelUserEntity[]): Promise<PanelPushRecord[]> {
    const records = await this.call(connector, rows.map((r) => ({ key: r.panelKey, inbound: r.inbound, userId: r.userId })), () => 'DISABLE', (r) => client.setEnabled(r, false));
    const done = records.filter((r) => r.ok).map((r) => ({ key: r.panelKey!, inbound: r.inbound! }));
    await inTransaction(this.ds, async (m) => {
      await this.mark(m, connector.id, done, 'enabled = 0');
      await this.log(m, records);
    });
    return records;
  }

  /** Deletes these users in the panel (our deletion of depleted users, when the connector says so). */
  async deleteUsers(connector: ConnectorEntity, client: PanelClient, rows: PanelUserEntity[], resetEventId: number | null): Promise<PanelPushRecord[]> {
    const records = await this.call(connector, rows.map((r) => ({ key: r.panelKey, inbound: r.inbound, userId: r.userId })), () => 'DELETE', (r) => client.deleteUser(r));
    const done = records.filter((r) => r.ok).map((r) => ({ key: r.panelKey!, inbound: r.inbound! }));
    await inTransaction(this.ds, async (m) => {
      await this.mark(m, connector.id, done, 'present = 0, enabled = 0, held = 0');
      await this.log(m, records, resetEventId);
    });
    return records;
  }

  /** Runs the calls a few at a time; every answer, refusal or failure becomes a record (never throws for a panel's error). */
  private async call<T extends { key: string | null; inbound: string; userId: number | null }>(
    connector: ConnectorEntity,
    targets: T[],
    action: (t: T) => PushAction,
    run: (t: T & PanelUserRef) => Promise<PanelAnswer>,
  ): Promise<PanelPushRecord[]> {
    const records: PanelPushRecord[] = new Array(targets.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < targets.length; i = next++) {
        const t = targets[i];
        const base = { connectorId: connector.id, connectorName: connector.name, action: action(t), panelKey: t.key, inbound: t.inbound, userId: t.userId, at: new Date() };
        try {
          const answer = await run({ ...t, key: t.key ?? '' });
          records[i] = { ...base, ok: true, status: answer.status, message: answer.message.slice(0, 500) };
        } catch (err) {
          if (!(err instanceof PanelError)) throw err;
          records[i] = { ...base, ok: false, status: err.status, message: err.message.slice(0, 500) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, targets.length) }, worker));
    const failed = records.filter((r) => !r.ok);
    if (failed.length) this.logger.warn({ connectorId: connector.id, failed: failed.length, first: failed[0].message }, 'panel refused some changes');
    return records;
  }

  /** `set` on these users, one statement per inbound and chunk. */
  private async mark(m: EntityManager, connectorId: number, users: { key: string; inbound: string }[], set: string, extra?: string): Promise<void> {
    const byInbound = new Map<string, string[]>();
    for (const u of users) (byInbound.get(u.inbound) ?? byInbound.set(u.inbound, []).get(u.inbound)!).push(u.key);
    for (const [inbound, keys] of byInbound) {
      keys.sort();
      for (let i = 0; i < keys.length; i += 500) {
        const part = keys.slice(i, i + 500);
        await m.query(
          `UPDATE panel_users SET ${set} WHERE connector_id = ? AND inbound = ? AND panel_key IN (${placeholders(part.length)})${extra ? ` AND ${extra}` : ''}`,
          [connectorId, inbound, ...part],
        );
      }
    }
  }

  /** A reading taken before these cursors were zeroed must not be written over them. */
  private async bumpVersions(m: EntityManager, connectorId: number): Promise<void> {
    await m.query('UPDATE connector_servers SET counters_version = counters_version + 1 WHERE connector_id = ?', [connectorId]);
  }

  private async log(m: EntityManager, records: PanelPushRecord[], resetEventId: number | null = null): Promise<void> {
    for (let i = 0; i < records.length; i += 200) {
      await m.insert(
        ConnectorLogEntity,
        records.slice(i, i + 200).map((r) => ({
          connectorId: r.connectorId,
          at: r.at,
          action: r.action,
          panelKey: r.panelKey,
          inbound: r.inbound,
          userId: r.userId,
          ok: r.ok,
          status: r.status,
          message: r.message || (r.ok ? 'ok' : 'failed'),
          resetEventId,
        })),
      );
    }
  }
}
