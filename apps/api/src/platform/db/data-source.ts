import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { Config } from '../config/config';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { useSafeIntegers } from './sqlite-safe-integers';
import { isMysqlFamily } from './transaction';

export type DbKind = 'sqlite' | 'mysql';

/** Every entity the data source maps (app/entities.ts lists them: the platform knows no module). */
export type Entities = NonNullable<DataSourceOptions['entities']>;

/** Builds (but does not open) the TypeORM data source the config names. */
export function createDataSource(db: Config['db'], entities: Entities, overrides: Partial<DataSourceOptions> = {}): DataSource {
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return new DataSource({
      type: 'better-sqlite3',
      database: db.path,
      entities,
      migrations: SQLITE_MIGRATIONS,
      migrationsTransactionMode: 'each',
      synchronize: false,
      // WAL lets readers run beside the single writer; busy_timeout makes a second process wait, not fail.
      prepareDatabase: (raw: Parameters<typeof useSafeIntegers>[0] & { pragma(s: string): unknown }) => {
        useSafeIntegers(raw);
        raw.pragma('journal_mode = WAL');
        raw.pragma('busy_timeout = 5000');
        raw.pragma('foreign_keys = ON');
      },
      ...overrides,
    } as DataSourceOptions);
  }
  return new DataSource({
    // 'mariadb' makes TypeORM read MariaDB's catalog right (NULL defaults), so its schema diff is exact.
    type: db.flavor,
    url: db.url,
    entities,
    migrations: MYSQL_MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: false,
    extra: { connectionLimit: 20 },
    ...overrides,
  } as DataSourceOptions);
}

export function dbKind(ds: DataSource): DbKind {
  return isMysqlFamily(ds) ? 'mysql' : 'sqlite';
}

/** Opens the data source and brings the schema up to date. */
export async function openDatabase(ds: DataSource, runMigrations = true): Promise<DataSource> {
  if (!ds.isInitialized) await ds.initialize();
  if (runMigrations) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
