import { DataSource } from 'typeorm';
import { Role } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { badInput, forbidden, notFound } from '../../platform/errors/domain-error';
import type { SettingsService } from '../settings';
import { UserEntity, userViews } from '../users';
import type { UsersService, UserView } from '../users';
import { SqlDialect } from '../../platform/db/sql-dialect';
import type { UsageRollupService } from './usage-rollup.service';
import { bytesOf, dateOf, intOf } from '../../platform/db/rows';

export interface GlobalStats {
  users: number;
  agents: number;
  servers: number;
  up: bigint;
  down: bigint;
  used: bigint;
  lifetime: bigint;
  samples: number;
}

export interface DatabaseInfo {
  database: string;
  tables: { name: string; rows: number }[];
  sizeBytes: bigint | null;
  uniqueUsers: number;
  uniqueServers: number;
  retentionDays: number;
  oldestSampleAt: Date | null;
  newestSampleAt: Date | null;
}

export interface ServerUsage {
  serverId: number;
  serverName: string;
  protocol: string;
  up: bigint;
  down: bigint;
  total: bigint;
  samples: number;
  lastSeenAt: Date | null;
}

export const MAX_TOP_USERS = 100;
const MAX_DAYS = 3650;

/** Read-only figures over the counters and rollups the ingest keeps: dashboards and the System page. */
export class UsageStatsService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly rollup: UsageRollupService,
  ) {}

  /** Admins only: counts plus the system counters (period and lifetime bytes, samples ever counted). */
  async globalStats(actor: Actor): Promise<GlobalStats> {
    this.requireAdmin(actor);
    const [row] = await this.ds.query(
      `SELECT (SELECT COUNT(*) FROM users) AS users,
              (SELECT COUNT(*) FROM accounts WHERE role = ?) AS agents,
              (SELECT COUNT(*) FROM servers) AS servers,
              c.up_bytes AS up, c.down_bytes AS down, c.lifetime_bytes AS lifetime, c.samples_count AS samples
       FROM (SELECT 1 AS one) o LEFT JOIN system_counters c ON c.id = 1`,
      [Role.AGENT],
    );
    const up = bytesOf(row?.up);
    const down = bytesOf(row?.down);
    return {
      users: intOf(row?.users),
      agents: intOf(row?.agents),
      servers: intOf(row?.servers),
      up,
      down,
      used: up + down,
      lifetime: bytesOf(row?.lifetime),
      samples: intOf(row?.samples),
    };
  }

  /** Admins only: rows per table, size on disk, what the raw samples cover, and how long they are kept. */
  async databaseInfo(actor: Actor): Promise<DatabaseInfo> {
    this.requireAdmin(actor);
    const mysql = new SqlDialect(this.ds.manager).mysql;
    const names = [...new Set(this.ds.entityMetadatas.map((m) => m.tableName))].sort();
    const counted: { name: string; n: unknown }[] = names.length
      ? await this.ds.query(names.map((n) => `SELECT ? AS name, COUNT(*) AS n FROM ${this.ds.driver.escape(n)}`).join(' UNION ALL '), names)
      : [];
    const rows = new Map(counted.map((r) => [String(r.name), intOf(r.n)]));
    const [samples] = await this.ds.query(
      'SELECT COUNT(DISTINCT user_id) AS users, COUNT(DISTINCT server_id) AS servers, MIN(at) AS oldest, MAX(at) AS newest FROM samples',
    );
    return {
      database: mysql ? String(this.ds.options.type) : 'sqlite',
      tables: names.map((name) => ({ name, rows: rows.get(name) ?? 0 })),
      sizeBytes: await this.sizeBytes(mysql),
      uniqueUsers: intOf(samples?.users),
      uniqueServers: intOf(samples?.servers),
      retentionDays: (await this.settings.get()).retentionDays,
      oldestSampleAt: dateOf(samples?.oldest),
      newestSampleAt: dateOf(samples?.newest),
    };
  }

  /** A user's traffic per server × protocol over the last `days` days (hourly rollups); NOT_FOUND unless visible. */
  async userUsage(actor: Actor, userId: number, days = 30, now = new Date()): Promise<ServerUsage[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw badInput(`days must be 1 to ${MAX_DAYS}`, { field: 'days' });
    if (!(await this.users.find(actor, userId))) throw notFound('User');
    await this.rollup.rollUp(now);
    const sql = new SqlDialect(this.ds.manager);
    const since = new Date(Math.floor((now.getTime() - days * 86_400_000) / 3_600_000) * 3_600_000);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT h.server_id AS serverId, MAX(s.name) AS serverName, h.protocol AS protocol,
              SUM(h.up_bytes) AS up, SUM(h.down_bytes) AS down, SUM(h.samples) AS samples, MAX(h.last_seen_at) AS lastSeenAt
       FROM usage_hourly h LEFT JOIN servers s ON s.id = h.server_id
       WHERE h.user_id = ? AND h.hour >= ?
       GROUP BY h.server_id, h.protocol`,
      [userId, sql.date(since)],
    );
    return rows
      .map((r) => {
        const up = bytesOf(r.up);
        const down = bytesOf(r.down);
        return {
          serverId: Number(r.serverId),
          serverName: r.serverName === null || r.serverName === undefined ? '' : String(r.serverName),
          protocol: String(r.protocol ?? ''),
          up,
          down,
          total: up + down,
          samples: intOf(r.samples),
          lastSeenAt: dateOf(r.lastSeenAt),
        };
      })
      .sort((a, b) => (a.total === b.total ? a.serverId - b.serverId || a.protocol.localeCompare(b.protocol) : a.total > b.total ? -1 : 1));
  }

  /** The heaviest users by period usage (up + down), scoped like `users`: an agent gets its own only. */
  async topUsers(actor: Actor, first = 10): Promise<UserView[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TOP_USERS) throw badInput(`first must be 1 to ${MAX_TOP_USERS}`, { field: 'first' });
    const q = this.ds.getRepository(UserEntity).createQueryBuilder('u');
    if (!isAdmin(actor)) {
      if (actor.kind !== 'account') throw forbidden();
      q.where('u.agent_id = :ownAgent', { ownAgent: actor.accountId });
    }
    const users = await q.orderBy('u.up_bytes + u.down_bytes', 'DESC').addOrderBy('u.id', 'ASC').limit(first).getMany();
    return userViews(this.ds, users);
  }

  private async sizeBytes(mysql: boolean): Promise<bigint | null> {
    try {
      if (mysql) {
        const [r] = await this.ds.query(
          'SELECT COALESCE(SUM(data_length + index_length), 0) AS size FROM information_schema.TABLES WHERE table_schema = DATABASE()',
        );
        return bytesOf(r?.size);
      }
      const [count] = await this.ds.query('PRAGMA page_count');
      const [size] = await this.ds.query('PRAGMA page_size');
      return bytesOf(count?.page_count) * bytesOf(size?.page_size);
    } catch {
      return null;
    }
  }

  private requireAdmin(actor: Actor): void {
    if (!isAdmin(actor)) throw forbidden('Only admins see system figures');
  }
}
