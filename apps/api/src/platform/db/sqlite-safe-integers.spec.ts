import Database from 'better-sqlite3';
import { useSafeIntegers } from './sqlite-safe-integers';

describe('useSafeIntegers', () => {
  it('keeps integers past 2^53 exact and narrows the rest to numbers', () => {
    const db = new Database(':memory:');
    useSafeIntegers(db as never);
    db.exec('CREATE TABLE t (small INTEGER, big INTEGER)');
    db.prepare('INSERT INTO t VALUES (?, ?)').run(7, 9223372036854775807n);
    const row = db.prepare('SELECT small, big, small + 1 AS s1 FROM t').all()[0] as Record<string, unknown>;
    expect(row).toEqual({ small: 7, big: 9223372036854775807n, s1: 8 });
    db.close();
  });
});
