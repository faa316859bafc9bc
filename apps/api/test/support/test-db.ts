import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { Config } from '../../src/platform/config/config';

/** Which real database the integration suite runs on: TEST_DB=sqlite (default) or mariadb. */
export const TEST_DB: 'sqlite' | 'mariadb' = process.env.TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';
export const MARIADB_ADMIN_URL = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';

export interface TestDatabase {
  db: Config['db'];
  /** The same database as a DATABASE_URL, for child processes. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of the kind under test; each test file gets its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tm-test-'));
    const path = join(dir, 'test.sqlite');
    return {
      db: { type: 'sqlite', path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `tm_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await mysql.createConnection(MARIADB_ADMIN_URL);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const u = new URL(MARIADB_ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    db: { type: 'mysql', url, flavor: 'mariadb' },
    url: url.replace(/^mysql:/, 'mariadb:'),
    drop: async () => {
      const c = await mysql.createConnection(MARIADB_ADMIN_URL);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
