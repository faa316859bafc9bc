/**
 * better-sqlite3 returns INTEGERs as JS numbers, which silently lose bytes past 2^53 (9 PB).
 * TypeORM breaks if every integer comes back as bigint, so reads run in safe-integer mode and
 * each value that fits a number is narrowed back: only genuinely large counters stay bigint,
 * and the bigint column transformer takes them from there.
 */
interface RawStatement {
  reader: boolean;
  safeIntegers(on: boolean): RawStatement;
  all(...params: unknown[]): unknown[];
}
interface RawDatabase {
  prepare(sql: string): RawStatement;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = -MAX;

function narrow(value: unknown): unknown {
  return typeof value === 'bigint' && value <= MAX && value >= MIN ? Number(value) : value;
}

function narrowRow(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return narrow(row);
  const out = row as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (typeof v === 'bigint') out[key] = narrow(v);
  }
  return out;
}

export function useSafeIntegers(db: RawDatabase): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    const stmt = prepare(sql);
    if (!stmt.reader) return stmt;
    stmt.safeIntegers(true);
    const all = stmt.all.bind(stmt);
    stmt.all = (...params: unknown[]) => all(...params).map(narrowRow);
    return stmt;
  };
}
