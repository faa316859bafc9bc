#!/usr/bin/env node
// npm run bench:reset [-- --agents N --users M --servers S]
//
// Times a reset of everything (ResetsService.resetAll: locks, the before-snapshot of every counter,
// the zeroing, the audit row, then the status check of every user) through the REAL service from the
// built apps/api/dist, over DATABASE_URL (see lib/bench-target.mjs; MariaDB:
// DATABASE_URL=mysql://root@127.0.0.1:3306/test). Baseline, in the same run and on the same data:
// the bare zeroing a panel does (two UPDATEs in one transaction, no snapshot, no audit, no locks
// taken first). Then one user's reset and one server's reset. Every counter is verified afterwards.
// The last line is JSON: {"users","agents","servers","resetAllMs","baselineMs",…}.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContainer, openTarget } from './lib/bench-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/api/dist');
const require = createRequire(join(dist, 'app/container.js'));

const { values: opt } = parseArgs({ options: { agents: { type: 'string' }, users: { type: 'string' }, servers: { type: 'string' } } });
const int = (v, dflt) => {
  const n = Number(v ?? dflt);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a positive integer: ${v}`);
  return n;
};
const AGENTS = int(opt.agents, 1000);
const USERS = int(opt.users, 200_000);
const SERVERS = int(opt.servers, 20);
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

const target = await openTarget({ name: 'reset' });
const { inTransaction } = require(join(dist, 'platform/db/transaction.js'));
const { SqlDialect } = require(join(dist, 'platform/db/sql-dialect.js'));
const { systemActor } = require(join(dist, 'platform/auth/actor.js'));
const c = await openContainer(target);
const q = (sql, params = []) => c.ds.query(sql, params);

/** Every user's period usage is a function of its id, so the data can be put back after the baseline. */
const UP = 'id * 1000 + 7';
const DOWN = 'id * 3000 + 11';

async function setup() {
  const sql = new SqlDialect(c.ds.manager);
  const now = sql.date(new Date());
  const rows = (n, make) => Array.from({ length: n }, (_, i) => make(i + 1));
  await insert('accounts', ['username', 'password_hash', 'role', 'status', 'quota_mode', 'charged_bytes', 'allocated_bytes', 'lifetime_bytes', 'created_at', 'updated_at'],
    rows(AGENTS, (i) => [`bench-agent-${i}`, 'x', 'AGENT', 'ACTIVE', 'USAGE', 0, 0, 0, now, now]));
  const [{ first }] = await q("SELECT MIN(id) AS first FROM accounts WHERE role = 'AGENT'");
  await insert('servers', ['name', 'kind', 'status', 'token_hash', 'token_prefix', 'created_at', 'updated_at'], rows(SERVERS, (i) => [`bench-srv-${i}`, 'WEBHOOK', 'ACTIVE', `h${i}`, `p${i}`, now, now]));
  const [{ firstServer }] = await q('SELECT MIN(id) AS firstServer FROM servers');
  await insert('users', ['username', 'token', 'agent_id', 'created_by_id', 'status', 'created_at', 'updated_at'],
    rows(USERS, (i) => [`bench-user-${i}`, `t${i}`, Number(first) + (i % AGENTS), 1, 'ACTIVE', now, now]));
  await q(`INSERT INTO user_server_usage (user_id, server_id, up_bytes, down_bytes, lifetime_up, lifetime_down, last_seen_at)
           SELECT id, ${Number(firstServer)} + (id % ${SERVERS}), 0, 0, 0, 0, ? FROM users`, [now]);
  await restore();
}

async function insert(table, cols, values) {
  for (let i = 0; i < values.length; i += 1000) {
    const part = values.slice(i, i + 1000);
    await inTransaction(c.ds, (m) => m.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ')}`, part.flat()));
  }
}

/** Puts every period counter back to the bench's values (consistent across users, servers, agents, system). */
async function restore() {
  await inTransaction(c.ds, async (m) => {
    await m.query(`UPDATE users SET up_bytes = ${UP}, down_bytes = ${DOWN}, lifetime_bytes = 2 * (${UP} + ${DOWN})`);
    await m.query(`UPDATE user_server_usage SET up_bytes = user_id * 1000 + 7, down_bytes = user_id * 3000 + 11, lifetime_up = 2 * (user_id * 1000 + 7), lifetime_down = 2 * (user_id * 3000 + 11)`);
    await m.query(`UPDATE servers SET up_bytes = (SELECT COALESCE(SUM(up_bytes), 0) FROM user_server_usage WHERE server_id = servers.id),
                   down_bytes = (SELECT COALESCE(SUM(down_bytes), 0) FROM user_server_usage WHERE server_id = servers.id),
                   lifetime_bytes = 2 * (SELECT COALESCE(SUM(up_bytes + down_bytes), 0) FROM user_server_usage WHERE server_id = servers.id)`);
    await m.query(`UPDATE accounts SET charged_bytes = (SELECT COALESCE(SUM(up_bytes + down_bytes), 0) FROM users WHERE agent_id = accounts.id),
                   lifetime_bytes = 2 * (SELECT COALESCE(SUM(up_bytes + down_bytes), 0) FROM users WHERE agent_id = accounts.id) WHERE role = 'AGENT'`);
    await m.query('DELETE FROM system_counters');
    await m.query('INSERT INTO system_counters (id, up_bytes, down_bytes, lifetime_bytes, samples_count) SELECT 1, SUM(up_bytes), SUM(down_bytes), 2 * SUM(up_bytes + down_bytes), 0 FROM users');
  });
}

async function timed(work) {
  const t0 = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

async function verifyZeroed() {
  const [u] = await q('SELECT COUNT(*) AS n FROM users WHERE up_bytes > 0 OR down_bytes > 0');
  const [us] = await q('SELECT COUNT(*) AS n FROM user_server_usage WHERE up_bytes > 0 OR down_bytes > 0');
  const [a] = await q("SELECT COUNT(*) AS n FROM accounts WHERE role = 'AGENT' AND charged_bytes > 0");
  const [life] = await q(`SELECT COUNT(*) AS n FROM users WHERE lifetime_bytes <> 2 * (${UP} + ${DOWN})`);
  if (Number(u.n) || Number(us.n) || Number(a.n) || Number(life.n)) throw new Error(`not reset: ${u.n} users, ${us.n} user×server rows, ${a.n} agents; ${life.n} lifetimes moved`);
}

try {
  console.log(`bench:reset on ${target.label}: ${fmt(AGENTS)} agents, ${fmt(USERS)} users, ${fmt(SERVERS)} servers`);
  const setupTime = await timed(setup);
  console.log(`setup ${fmt(setupTime.ms)} ms (not part of the figures)`);

  const baseline = await timed(() =>
    inTransaction(c.ds, async (m) => {
      await m.query('UPDATE user_server_usage SET up_bytes = 0, down_bytes = 0');
      await m.query('UPDATE users SET up_bytes = 0, down_bytes = 0');
    }),
  );
  console.log(`baseline: bare zeroing of users and user×server rows (no snapshot, no audit): ${fmt(baseline.ms)} ms`);
  await restore();

  const all = await timed(() => c.services.resets.resetAll(systemActor('bench'), 'RESET ALL', 'bench'));
  if (!all.result.ok) throw new Error(`reset failed: ${all.result.error}`);
  await verifyZeroed();
  const [snap] = await q('SELECT COUNT(*) AS n FROM reset_snapshot_rows WHERE event_id = ?', [all.result.id]);
  console.log(`resetAllTraffic: ${fmt(all.ms)} ms — ${fmt(all.result.affectedUsers)} users, ${fmt(Number(snap.n))} counters snapshotted, ${all.result.bytesCleared} bytes cleared, verified`);

  await restore();
  const one = await timed(() => c.services.resets.resetUser(systemActor('bench'), USERS / 2, 'bench'));
  const [srv] = await q('SELECT MIN(id) AS id FROM servers');
  const server = await timed(() => c.services.resets.resetServer(systemActor('bench'), Number(srv.id), 'bench'));
  if (!one.result.ok || !server.result.ok) throw new Error('a reset failed');
  console.log(`resetUserTraffic: ${one.ms.toFixed(1)} ms; resetServerTraffic (${fmt(server.result.affectedUsers)} users): ${fmt(server.ms)} ms`);
  console.log(JSON.stringify({ users: USERS, agents: AGENTS, servers: SERVERS, resetAllMs: Math.round(all.ms), baselineMs: Math.round(baseline.ms), snapshotRows: Number(snap.n), resetUserMs: Number(one.ms.toFixed(1)), resetServerMs: Math.round(server.ms), serverUsers: server.result.affectedUsers }));
} finally {
  await c.close();
  await target.cleanup();
}
