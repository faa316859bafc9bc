import type { EntityManager } from 'typeorm';
import { ResetScope, Role } from '@tm/shared';
import { bytesOf, chunks, intOf, placeholders } from '../../platform/db/rows';
import { SqlDialect } from '../../platform/db/sql-dialect';
import { rearmedLevel } from '../alert-levels';

/** What a reset did, for its audit row and for what runs after it. */
export interface CountersCleared {
  affectedUsers: number;
  bytesCleared: bigint;
  /** Users whose status may now change (LIMITED users back under their limit). */
  userIds: number[];
  /** Agents whose suspended users may now resume. */
  agentIds: number[];
  /** True when every user and agent is concerned (a reset of everything). */
  everyone: boolean;
  /** Users the cleanup deleted, with their agent. */
  deleted: { id: number; agentId: number | null }[];
}

const USED = '(up_bytes + down_bytes)';
const NONZERO = '(up_bytes > 0 OR down_bytes > 0)';

/**
 * The counter writes of one reset, inside its transaction. Every scope first takes row locks on what
 * it will change (MySQL: FOR UPDATE, in the table order ingestion writes in: user_server_usage, users,
 * accounts, servers, system_counters), so no byte counted concurrently can slip between the snapshot
 * and the zeroing: an ingest touching those rows waits for the reset's COMMIT and then adds to zero.
 * Then the before-values are copied to reset_snapshot_rows with INSERT … SELECT and the counters are
 * zeroed. Lifetime columns are never written here.
 */
export class CounterReset {
  private readonly sql: SqlDialect;

  constructor(
    private readonly m: EntityManager,
    private readonly eventId: number,
    private readonly now: Date,
  ) {
    this.sql = new SqlDialect(m);
  }

  /** One user's period usage, on every server. The agent's charged usage is left alone (invariant 2). */
  async user(userId: number): Promise<CountersCleared> {
    await this.lock(`SELECT user_id FROM user_server_usage WHERE user_id = ? ORDER BY server_id`, [userId]);
    const [row] = await this.lock(`SELECT up_bytes AS up, down_bytes AS down FROM users WHERE id = ?`, [userId]);
    await this.snapshotUserServers('us.user_id = ?', [userId]);
    await this.snapshotUsers('id = ?', [userId]);
    await this.m.query(`UPDATE user_server_usage SET up_bytes = 0, down_bytes = 0 WHERE user_id = ? AND ${NONZERO}`, [userId]);
    await this.m.query(`UPDATE users SET up_bytes = 0, down_bytes = 0, alert_level = 0, last_reset_at = ? WHERE id = ?`, [this.sql.date(this.now), userId]);
    return { ...none(), affectedUsers: 1, bytesCleared: bytesOf(row?.up) + bytesOf(row?.down), userIds: [userId] };
  }

  /**
   * The usage users made on one server (3x-ui's "reset the inbound's clients"): subtracted from each
   * user's period, their rows for the server and the server's own period zeroed.
   */
  async server(serverId: number): Promise<CountersCleared> {
    const usage = await this.lock(`SELECT user_id AS id FROM user_server_usage WHERE server_id = ? AND ${NONZERO} ORDER BY user_id`, [serverId]);
    const userIds = usage.map((r) => Number(r.id));
    for (const part of chunks(userIds, 1000)) await this.lock(`SELECT id FROM users WHERE id IN (${placeholders(part.length)}) ORDER BY id`, part);
    const [server] = await this.lock(`SELECT up_bytes AS up, down_bytes AS down FROM servers WHERE id = ?`, [serverId]);
    const onServer = `SELECT user_id FROM user_server_usage WHERE server_id = ? AND ${NONZERO}`;
    await this.snapshotUserServers(`us.server_id = ? AND (us.up_bytes > 0 OR us.down_bytes > 0)`, [serverId]);
    await this.snapshotUsers(`id IN (${onServer})`, [serverId]);
    await this.snapshotServers('id = ?', [serverId]);
    const part = (col: string) => `(SELECT us.${col} FROM user_server_usage us WHERE us.user_id = users.id AND us.server_id = ?)`;
    await this.m.query(
      `UPDATE users SET up_bytes = ${this.sql.greatest(`up_bytes - ${part('up_bytes')}`, '0')},
         down_bytes = ${this.sql.greatest(`down_bytes - ${part('down_bytes')}`, '0')}
       WHERE id IN (${onServer})`,
      [serverId, serverId, serverId],
    );
    await this.rearmUserAlerts(`id IN (${onServer})`, [serverId]);
    await this.m.query(`UPDATE user_server_usage SET up_bytes = 0, down_bytes = 0 WHERE server_id = ? AND ${NONZERO}`, [serverId]);
    await this.m.query(`UPDATE servers SET up_bytes = 0, down_bytes = 0 WHERE id = ?`, [serverId]);
    return { ...none(), affectedUsers: userIds.length, bytesCleared: bytesOf(server?.up) + bytesOf(server?.down), userIds };
  }

  /** One agent's charged usage: back to zero, its alerts armed again; what its limit suspended may resume. */
  async agent(agentId: number): Promise<CountersCleared> {
    const [agent] = await this.lock(`SELECT charged_bytes AS charged FROM accounts WHERE id = ?`, [agentId]);
    await this.snapshotAgents('id = ?', [agentId]);
    await this.m.query(`UPDATE accounts SET charged_bytes = 0, alert_level = 0, last_reset_at = ? WHERE id = ?`, [this.sql.date(this.now), agentId]);
    const [users] = await this.m.query(`SELECT COUNT(*) AS n FROM users WHERE agent_id = ?`, [agentId]);
    return { ...none(), affectedUsers: intOf(users?.n), bytesCleared: bytesOf(agent?.charged), agentIds: [agentId] };
  }

  /** Every period counter: users (and their per-server rows), servers, agents' charged usage, the global period. */
  async everything(): Promise<CountersCleared> {
    await this.lockWhole('user_server_usage');
    await this.lockWhole('users');
    await this.lockWhole('accounts');
    await this.lockWhole('servers');
    const [system] = await this.lock(`SELECT up_bytes AS up, down_bytes AS down FROM system_counters WHERE id = 1`, []);
    const [users] = await this.m.query(`SELECT COUNT(*) AS n FROM users WHERE ${NONZERO}`);
    await this.snapshotUserServers('(us.up_bytes > 0 OR us.down_bytes > 0)', []);
    await this.snapshotUsers(NONZERO, []);
    await this.snapshotAgents('charged_bytes > 0', []);
    await this.snapshotServers(NONZERO, []);
    await this.snapshotSystem();
    await this.m.query(`UPDATE user_server_usage SET up_bytes = 0, down_bytes = 0 WHERE ${NONZERO}`);
    await this.m.query(`UPDATE users SET up_bytes = 0, down_bytes = 0, alert_level = 0 WHERE ${NONZERO} OR alert_level > 0`);
    await this.m.query(`UPDATE accounts SET charged_bytes = 0, alert_level = 0 WHERE role = ? AND (charged_bytes > 0 OR alert_level > 0)`, [Role.AGENT]);
    await this.m.query(`UPDATE servers SET up_bytes = 0, down_bytes = 0 WHERE ${NONZERO}`);
    await this.m.query(`UPDATE system_counters SET up_bytes = 0, down_bytes = 0 WHERE id = 1`);
    return { ...none(), affectedUsers: intOf(users?.n), bytesCleared: bytesOf(system?.up) + bytesOf(system?.down), everyone: true };
  }

  /**
   * Deletes the users whose data limit is reached or whose expiry has passed (optionally only users of
   * one server). Their usage stays in their agent's charged and lifetime usage, which a delete never lowers.
   */
  async depleted(serverId: number | null): Promise<CountersCleared> {
    const where = [`((data_limit IS NOT NULL AND ${USED} >= data_limit) OR (expires_at IS NOT NULL AND expires_at <= ?))`];
    const params: unknown[] = [this.sql.date(this.now)];
    if (serverId !== null) {
      where.push('id IN (SELECT user_id FROM user_server_usage WHERE server_id = ?)');
      params.push(serverId);
    }
    const rows = await this.lock(`SELECT id, agent_id AS agentId, up_bytes AS up, down_bytes AS down FROM users WHERE ${where.join(' AND ')} ORDER BY id`, params);
    const deleted = rows.map((r) => ({ id: Number(r.id), agentId: r.agentId === null ? null : Number(r.agentId) }));
    for (const part of chunks(deleted.map((d) => d.id), 1000)) {
      await this.snapshotUsers(`id IN (${placeholders(part.length)})`, part);
      await this.m.query(`DELETE FROM users WHERE id IN (${placeholders(part.length)})`, part);
    }
    const bytesCleared = rows.reduce((sum, r) => sum + bytesOf(r.up) + bytesOf(r.down), 0n);
    return { ...none(), affectedUsers: deleted.length, bytesCleared, deleted };
  }

  /** Resets of a scope, by name (the scheduled runner and the manual mutations share this). */
  run(scope: ResetScope, targetId: number | null): Promise<CountersCleared> {
    switch (scope) {
      case ResetScope.USER:
        return this.user(targetId!);
      case ResetScope.SERVER:
        return this.server(targetId!);
      case ResetScope.AGENT:
        return this.agent(targetId!);
      case ResetScope.ALL:
        return this.everything();
      case ResetScope.DEPLETED:
        return this.depleted(targetId);
    }
  }

  /** Every row of a table, locked in primary-key order (the order ingestion writes in) without sending 10⁵ rows back. */
  private async lockWhole(table: string): Promise<void> {
    if (this.sql.mysql) await this.m.query(`SELECT COUNT(*) AS n FROM ${table} FORCE INDEX (PRIMARY) FOR UPDATE`);
  }

  private async lock(query: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return this.m.query(query + this.sql.forUpdate, params);
  }

  private snapshotUserServers(where: string, params: unknown[]) {
    return this.m.query(
      `INSERT INTO reset_snapshot_rows (event_id, kind, subject_id, server_id, label, up_bytes, down_bytes, bytes)
       SELECT ?, 'USER_SERVER', us.user_id, us.server_id, s.name, us.up_bytes, us.down_bytes, us.up_bytes + us.down_bytes
       FROM user_server_usage us LEFT JOIN servers s ON s.id = us.server_id WHERE ${where} ORDER BY us.user_id, us.server_id`,
      [this.eventId, ...params],
    );
  }

  private snapshotUsers(where: string, params: unknown[]) {
    return this.m.query(
      `INSERT INTO reset_snapshot_rows (event_id, kind, subject_id, server_id, label, up_bytes, down_bytes, bytes)
       SELECT ?, 'USER', id, NULL, username, up_bytes, down_bytes, ${USED} FROM users WHERE ${where} ORDER BY id`,
      [this.eventId, ...params],
    );
  }

  private snapshotServers(where: string, params: unknown[]) {
    return this.m.query(
      `INSERT INTO reset_snapshot_rows (event_id, kind, subject_id, server_id, label, up_bytes, down_bytes, bytes)
       SELECT ?, 'SERVER', id, NULL, name, up_bytes, down_bytes, ${USED} FROM servers WHERE ${where} ORDER BY id`,
      [this.eventId, ...params],
    );
  }

  private snapshotAgents(where: string, params: unknown[]) {
    return this.m.query(
      `INSERT INTO reset_snapshot_rows (event_id, kind, subject_id, server_id, label, up_bytes, down_bytes, bytes)
       SELECT ?, 'AGENT', id, NULL, username, NULL, NULL, charged_bytes FROM accounts WHERE role = ? AND ${where} ORDER BY id`,
      [this.eventId, Role.AGENT, ...params],
    );
  }

  private snapshotSystem() {
    return this.m.query(
      `INSERT INTO reset_snapshot_rows (event_id, kind, subject_id, server_id, label, up_bytes, down_bytes, bytes)
       SELECT ?, 'SYSTEM', 1, NULL, 'system', up_bytes, down_bytes, ${USED} FROM system_counters WHERE id = 1`,
      [this.eventId],
    );
  }

  /** After usage went down: alert thresholds no longer reached are armed again (the alerts policy decides). */
  private async rearmUserAlerts(where: string, params: unknown[]): Promise<void> {
    const rows = await this.m.query(`SELECT id, up_bytes AS up, down_bytes AS down, data_limit AS lim, alert_level AS level FROM users WHERE alert_level > 0 AND ${where}`, params);
    const byLevel = new Map<number, number[]>();
    for (const r of rows as Record<string, unknown>[]) {
      const level = rearmedLevel(Number(r.level), bytesOf(r.up) + bytesOf(r.down), r.lim === null ? null : bytesOf(r.lim));
      if (level === Number(r.level)) continue;
      const ids = byLevel.get(level) ?? [];
      ids.push(Number(r.id));
      byLevel.set(level, ids);
    }
    for (const [level, ids] of byLevel) {
      for (const part of chunks(ids, 1000)) await this.m.query(`UPDATE users SET alert_level = ? WHERE id IN (${placeholders(part.length)})`, [level, ...part]);
    }
  }
}

const none = (): CountersCleared => ({ affectedUsers: 0, bytesCleared: 0n, userIds: [], agentIds: [], everyone: false, deleted: [] });
