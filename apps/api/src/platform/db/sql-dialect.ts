import type { EntityManager } from 'typeorm';
import { isMysqlFamily } from './transaction';

/** The few statements where MySQL and SQLite differ, for set-based counter writes. */
export class SqlDialect {
  readonly mysql: boolean;

  constructor(private readonly m: EntityManager) {
    this.mysql = isMysqlFamily(m.connection);
  }

  /** How a time is bound: mysql2 takes Date; TypeORM's SQLite columns hold UTC text. */
  date(d: Date): Date | string {
    return this.mysql ? d : d.toISOString().replace('T', ' ').replace('Z', '');
  }

  /** Bytes are bound as bigint (exact on both drivers). */
  bytes(n: bigint): bigint | string {
    return this.mysql ? n.toString() : n;
  }

  /** A bound integer in arithmetic: MySQL would turn a string parameter into a DOUBLE and lose bytes past 2^53. */
  get int(): string {
    return this.mysql ? 'CAST(? AS SIGNED)' : '?';
  }

  /** The id an INSERT of one row got, from what m.query() returned for it. */
  insertedId(result: unknown): number {
    return Number(this.mysql ? (result as { insertId: number }).insertId : result);
  }

  /** Runs a write inside a transaction and returns how many rows it changed. */
  async affected(query: string, params: unknown[]): Promise<number> {
    if (!this.m.queryRunner) throw new Error('affected() needs a transaction');
    const result = await this.m.queryRunner.query(query, params, true);
    return Number(result.affected ?? 0);
  }

  /** ` FOR UPDATE` on MySQL (row locks taken by a read); SQLite's writer already holds the whole file. */
  get forUpdate(): string {
    return this.mysql ? ' FOR UPDATE' : '';
  }


  greatest(a: string, b: string): string {
    return this.mysql ? `GREATEST(${a}, ${b})` : `MAX(${a}, ${b})`;
  }

  /** The start of the UTC hour of a datetime column, in the form the rollup tables store it. */
  hourOf(column: string): string {
    return this.mysql ? `DATE_FORMAT(${column}, '%Y-%m-%d %H:00:00')` : `strftime('%Y-%m-%d %H:00:00.000', ${column})`;
  }

  /** `INSERT INTO table (columns)`, to be followed by VALUES or a SELECT and then upsertAddTail(). */
  upsertSelectHead(table: string, columns: string[]): string {
    return `INSERT INTO ${table} (${columns.join(', ')})`;
  }

  /** On key conflict: `adds` columns are summed, `maxes` keep the later value. */
  upsertAddTail(keys: string[], adds: string[], maxes: string[]): string {
    const incoming = (c: string) => (this.mysql ? `VALUES(${c})` : `excluded.${c}`);
    const sets = [...adds.map((c) => `${c} = ${c} + ${incoming(c)}`), ...maxes.map((c) => `${c} = ${this.greatest(c, incoming(c))}`)];
    return this.mysql ? `ON DUPLICATE KEY UPDATE ${sets.join(', ')}` : `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}`;
  }

  /** INSERT of many rows that adds to existing counters on key conflict. Rows are written in chunks, keys sorted by the caller. */
  async upsertAdd(table: string, keys: string[], adds: string[], maxes: string[], rows: unknown[][], chunk = 500): Promise<void> {
    const cols = [...keys, ...adds, ...maxes];
    const one = `(${cols.map(() => '?').join(', ')})`;
    const tail = this.upsertAddTail(keys, adds, maxes);
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await this.m.query(`${this.upsertSelectHead(table, cols)} VALUES ${part.map(() => one).join(', ')} ${tail}`, part.flat());
    }
  }

  /** INSERT of many rows that overwrites the `sets` columns on key conflict (cursors, states). Keys sorted by the caller. */
  async upsertReplace(table: string, keys: string[], sets: string[], rows: unknown[][], chunk = 500): Promise<void> {
    const cols = [...keys, ...sets];
    const one = `(${cols.map(() => '?').join(', ')})`;
    const assign = sets.map((c) => `${c} = ${this.mysql ? `VALUES(${c})` : `excluded.${c}`}`).join(', ');
    const tail = this.mysql ? `ON DUPLICATE KEY UPDATE ${assign}` : `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${assign}`;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await this.m.query(`${this.upsertSelectHead(table, cols)} VALUES ${part.map(() => one).join(', ')} ${tail}`, part.flat());
    }
  }

  /**
   * Adds per-id amounts to several columns of many rows: one UPDATE joined to the list of amounts per
   * chunk (a CASE per column would cost rows × WHENs). Ids ascending, so concurrent batches lock rows in
   * one order. Rows that no longer exist are simply not updated.
   */
  async addById(table: string, columns: string[], amounts: Map<number, bigint[]>, chunk = 1000): Promise<void> {
    const ids = [...amounts.keys()].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += chunk) {
      const part = ids.slice(i, i + chunk);
      const params: unknown[] = [];
      for (const id of part) {
        params.push(id);
        for (const v of amounts.get(id)!) params.push(this.bytes(v));
      }
      if (this.mysql) {
        const first = `SELECT ? AS id, ${columns.map((_, k) => `CAST(? AS SIGNED) AS d${k}`).join(', ')}`;
        const rest = `SELECT ?, ${columns.map(() => 'CAST(? AS SIGNED)').join(', ')}`;
        const list = [first, ...part.slice(1).map(() => rest)].join(' UNION ALL ');
        const sets = columns.map((c, k) => `t.${c} = t.${c} + d.d${k}`).join(', ');
        await this.m.query(`UPDATE ${table} t JOIN (${list}) d ON t.id = d.id SET ${sets}`, params);
      } else {
        const row = `(${['?', ...columns.map(() => '?')].join(', ')})`;
        const sets = columns.map((c, k) => `${c} = ${table}.${c} + d.column${k + 2}`).join(', ');
        await this.m.query(`UPDATE ${table} SET ${sets} FROM (VALUES ${part.map(() => row).join(', ')}) AS d WHERE ${table}.id = d.column1`, params);
      }
    }
  }
}
