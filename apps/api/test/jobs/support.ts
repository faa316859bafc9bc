import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource, openDatabase } from '../../src/platform/db/data-source';
import { ENTITIES } from '../../src/app/entities';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

export const silentLogger = pino({ level: 'silent' });

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A fresh, migrated database of the kind under test (TEST_DB). */
export async function openJobsDb(): Promise<{ db: TestDatabase; ds: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const ds = await openDatabase(createDataSource(db.db, ENTITIES));
  return {
    db,
    ds,
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    },
  };
}

/** Polls until `check` returns a truthy value; fails with `what` (and its last value) on timeout. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}
