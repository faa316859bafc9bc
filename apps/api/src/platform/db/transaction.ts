import type { DataSource, EntityManager } from 'typeorm';
import { isLockConflict } from '../validation';

/**
 * Runs `work` in a transaction and resolves only after COMMIT.
 *
 * TypeORM's better-sqlite3 driver shares ONE connection in a process, so two async transactions
 * would interleave on it (the second becoming a savepoint of the first, or a plain write joining a
 * transaction that later rolls back). On SQLite every write therefore queues here, one at a time;
 * across processes SQLite's own file lock and busy_timeout take over. MySQL runs them concurrently;
 * READ COMMITTED there (for set-based counter writes) takes no gap locks, so concurrent batches don't
 * block each other's inserts or deadlock on them.
 */
export async function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>, mysqlIsolation?: 'READ COMMITTED'): Promise<T> {
  if (isMysqlFamily(ds)) return mysqlIsolation ? ds.transaction(mysqlIsolation, work) : ds.transaction(work);
  return serialized(ds, () => ds.transaction(work));
}

/** A single write statement outside a transaction: on SQLite it waits its turn so it can't land inside someone else's. */
export function queuedWrite<T>(ds: DataSource, write: () => Promise<T>): Promise<T> {
  return isMysqlFamily(ds) ? write() : serialized(ds, write);
}

export const isMysqlFamily = (ds: DataSource): boolean => ds.options.type === 'mysql' || ds.options.type === 'mariadb';

const queues = new WeakMap<DataSource, Promise<unknown>>();

function serialized<T>(ds: DataSource, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(ds) ?? Promise.resolve();
  const next = previous.then(run, run);
  queues.set(
    ds,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs `run` again (a few times, after a short random pause) when it lost to a concurrent transaction (deadlock, lock wait). */
export async function withLockRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= 5 || !isLockConflict(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
