import type { EntityManager } from 'typeorm';
import { isMysqlFamily } from '../../platform/db/transaction';

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

  greatest(a: string, b: string): string {
    return this.mysql ? `GREATEST(${a}, ${b})` : `MAX(${a}, ${b})`;
  }

  /**
   * INSERT of many rows that adds to existing counters on key conflict:
   * `adds` columns are summed, `maxes` keep the later value. Rows are written in chunks, keys sorted by the caller.
   */
  async upsertAdd(table: string, keys: string[], adds: string[], maxes: string[], rows: unknown[][], chunk = 500): Promise<void> {
    const cols = [...keys, ...adds, ...maxes];
    const incoming = (c: string) => (this.mysql ? `VALUES(${c})` : `excluded.${c}`);
    const sets = [...adds.map((c) => `${c} = ${c} + ${incoming(c)}`), ...maxes.map((c) => `${c} = ${this.greatest(c, incoming(c))}`)];
    const conflict = this.mysql ? `ON DUPLICATE KEY UPDATE ${sets.join(', ')}` : `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}`;
    const one = `(${cols.map(() => '?').join(', ')})`;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await this.m.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => one).join(', ')} ${conflict}`, part.flat());
    }
  }

  /** Adds per-id amounts to several columns of many rows: one UPDATE … CASE per chunk, ids ascending. */
  async addById(table: string, columns: string[], amounts: Map<number, bigint[]>, extra = '', chunk = 400): Promise<void> {
    const ids = [...amounts.keys()].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += chunk) {
      const part = ids.slice(i, i + chunk);
      const params: unknown[] = [];
      const sets = columns.map((col, ci) => {
        const whens = part.map((id) => {
          params.push(id, this.bytes(amounts.get(id)![ci]));
          return `WHEN ? THEN ${this.int}`;
        });
        return `${col} = ${col} + CASE id ${whens.join(' ')} ELSE 0 END`;
      });
      params.push(...part);
      await this.m.query(`UPDATE ${table} SET ${sets.join(', ')}${extra} WHERE id IN (${part.map(() => '?').join(', ')})`, params);
    }
  }
}
