// The database a bench runs on, from DATABASE_URL:
//   unset → a fresh temporary SQLite file (removed unless keep);
//   sqlite:<path> → that file as is;
//   mysql://… or mariadb://… → a fresh database tm_bench_<ts> on that server, dropped at the end
//   unless keep (reuse: the database in the URL as is).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(new URL('../../apps/api/dist/app/container.js', import.meta.url).pathname);

export async function openTarget({ name, keep = false, reuse = false }) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), `tm-bench-${name}-`));
    return { url: `sqlite:${join(dir, 'bench.sqlite')}`, label: `SQLite (temporary ${join(dir, 'bench.sqlite')})`, cleanup: () => (keep ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true })) };
  }
  if (url.startsWith('sqlite:')) return { url, label: `SQLite (${url.slice(7)})`, cleanup: () => undefined };
  const flavor = url.startsWith('mariadb:') ? 'MariaDB' : 'MySQL';
  if (reuse) return { url, label: `${flavor} (${new URL(url).pathname.slice(1)}, reused)`, cleanup: () => undefined };
  const mysql = require('mysql2/promise');
  const server = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const db = `tm_bench_${Date.now()}`;
  const admin = () => mysql.createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
  const conn = await admin();
  await conn.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  const fresh = new URL(url);
  fresh.pathname = `/${db}`;
  return {
    url: fresh.toString(), label: `${flavor} (fresh database ${db})`,
    cleanup: async () => {
      if (keep) return console.log(`kept database ${db}`);
      const c = await admin();
      await c.query(`DROP DATABASE IF EXISTS \`${db}\``);
      await c.end();
    },
  };
}

/** The API's real container over the bench database, jobs off; the database is cleaned up if it can't start. */
export async function openContainer(target) {
  const { buildContainer } = require('./container.js');
  const { loadConfig } = require('../platform/config/config.js');
  try {
    return await buildContainer(loadConfig({ ...process.env, DATABASE_URL: target.url, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' }));
  } catch (err) {
    await target.cleanup();
    throw err;
  }
}
