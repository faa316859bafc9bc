import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction and resolves only after COMMIT.
 *
 * TypeORM's better-sqlite3 driver shares ONE connection in a process, so two async transactions
 * would interleave on it (the second becoming a savepoint of the first, or a plain write joining a
 * transaction that later rolls back). On SQLite every write therefore queues here, one at a time;
 * across processes SQLite's own file lock and busy_timeout take over. MySQL runs them concurrently.
 */
export async function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (ds.options.type === 'mysql') return ds.transaction(work);
  return serialized(ds, () => ds.transaction(work));
}

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
