#!/usr/bin/env node
// npm run bench:ingest [-- --samples N --users M --batch B --concurrency C --servers S --reuse --keep --profile]
//
// Ingests N samples for M users through the REAL UsageIngestService (the built apps/api/dist, the
// container over DATABASE_URL, JOBS off) and prints samples/s; in the same run it writes the SAME
// rows with plain multi-row INSERTs into a scratch copy of `samples` and prints that rate and the
// ratio. The last line is JSON: {"samples","users","samplesPerSec","baselinePerSec","ratio","floorPerSec","rollupPerSec"}.
//
// Two more figures from the same run: the rollup fold (hourly rollups are folded after COMMIT, so it
// is timed apart from the ingest) and the floor (the same rows with nothing but plain INSERTs plus
// one set-based counter write per user × server and per user, in one transaction per batch: what
// keeping per-user counters in the samples' transaction costs before any validation or lookup).
//
// DATABASE_URL: unset → a fresh temporary SQLite file (removed unless --keep); sqlite:<path> → that
// file as is; mysql://… or mariadb://… → a fresh database tm_bench_<ts> on that server, dropped at
// the end unless --keep (--reuse uses the database in the URL as is).
//
// Setup is not timed: an admin, S servers (ServersService), 50 agents, and M users inserted
// SET-BASED straight into `users` (multi-row INSERTs): 100,000 users through UsersService one by
// one would take minutes and is not what is measured here.
//
// --batch (default 5000, at most the service's 10,000 per call): the webhook's natural unit.
// --concurrency (default 4): webhook deliveries from a handful of sources arrive at once, and
// in-flight calls let MariaDB work on one batch while Node validates and aggregates another. 4 is
// where throughput levels off on a 2-vCPU box (1M samples/100k users, 2 GB buffer pool: 1 → 10.9k,
// 2 → 14.5k, 4 → 15.4k, 8 → 15.8k samples/s); beyond it only per-call latency and row-lock waits
// grow. Batch i goes to server i % S, so each server's batches arrive like a source posting them.
// On SQLite writes queue one at a time in the service (inTransaction); concurrency only overlaps JS. --profile times every SQL statement by kind (run it with --concurrency 1 to get
// times that add up to the wall clock).
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContainer, openTarget } from './lib/bench-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/api/dist');
const require = createRequire(join(dist, 'app/container.js'));

const { values: opt } = parseArgs({
  options: {
    samples: { type: 'string' }, users: { type: 'string' }, batch: { type: 'string' }, concurrency: { type: 'string' },
    servers: { type: 'string' }, agents: { type: 'string' }, reuse: { type: 'boolean' }, keep: { type: 'boolean' }, profile: { type: 'boolean' },
  },
});
const int = (flag, env, dflt) => {
  const n = Number(opt[flag] ?? process.env[env] ?? dflt);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${flag} must be a positive integer`);
  return n;
};
const N = int('samples', 'SAMPLES', 200_000);
const M = int('users', 'USERS', 20_000);
const BATCH = int('batch', 'BATCH', 5_000);
if (BATCH > 10_000) throw new Error('--batch must be at most 10000 (the ingest takes at most 10,000 samples per call)');
const CONCURRENCY = int('concurrency', 'CONCURRENCY', 4);
const SERVERS = int('servers', 'SERVERS', 4);
const AGENTS = int('agents', 'AGENTS', 50);
const ROWS_PER_INSERT = 1000; // the service's own chunk for raw samples; SQLite allows 32766 bound values per statement
const PROTOCOLS = ['vless', 'vmess', 'trojan', 'shadowsocks', 'wireguard'];
const run = Date.now().toString(36);
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// ---------- setup (not timed) ----------
async function setup(c, inTransaction, systemActor) {
  const actor = systemActor('bench');
  const { account: admin } = await c.services.accounts.createAdmin(`bench-${run}-admin`, `bench-${run}-password`);
  const servers = [];
  for (let s = 0; s < SERVERS; s++) servers.push((await c.services.servers.create(actor, { name: `bench ${run} #${s + 1}` })).server.id);
  const agents = [];
  for (let a = 0; a < AGENTS; a += 10) {
    const made = await Promise.all(Array.from({ length: Math.min(10, AGENTS - a) }, (_, k) =>
      c.services.accounts.createAgent(actor, { username: `bench-${run}-agent${a + k}`, password: `bench-${run}-password` })));
    agents.push(...made.map((v) => v.account.id));
  }
  // Users, set-based: one multi-row INSERT per 1000 users in one transaction.
  const users = Array.from({ length: M }, (_, i) => ({ username: `b${run}u${i}`, token: randomBytes(16).toString('hex'), agentId: agents[i % agents.length] }));
  await inTransaction(c.ds, async (m) => {
    for (let i = 0; i < M; i += 1000) {
      const part = users.slice(i, i + 1000);
      await m.query(`INSERT INTO users (username, token, agent_id, created_by_id) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
        part.flatMap((u) => [u.username, u.token, u.agentId, admin.id]));
    }
  });
  const ids = new Map((await c.ds.query(`SELECT id, username FROM users WHERE username LIKE ?`, [`b${run}u%`])).map((r) => [r.username, Number(r.id)]));
  for (const u of users) u.id = ids.get(u.username);
  if (users.some((u) => !u.id)) throw new Error('setup: not every user was created');
  return { servers, users };
}

/** N samples in batches: random users, `user` by username or token alternately, unique ids, `at` over the last 24 h. */
function makeBatches(users, servers) {
  const now = Date.now();
  const batches = [];
  let sent = 0n;
  for (let b = 0; b * BATCH < N; b++) {
    const serverId = servers[b % servers.length];
    const raw = [];
    const rows = [];
    for (let j = b * BATCH; j < Math.min(N, (b + 1) * BATCH); j++) {
      const u = users[Math.floor(Math.random() * users.length)];
      const up = Math.floor(Math.random() * 4_000_000);
      const down = Math.floor(Math.random() * 4_000_000);
      const at = new Date(now - Math.floor(Math.random() * 86_400_000));
      const id = randomUUID();
      const protocol = PROTOCOLS[j % PROTOCOLS.length];
      raw.push({ id, user: j % 2 ? u.token : u.username, protocol, up, down, at: at.toISOString() });
      rows.push({ userId: u.id, key: id, protocol, up: BigInt(up), down: BigInt(down), at });
      sent += BigInt(up + down);
    }
    batches.push({ serverId, raw, rows });
  }
  return { batches, sent };
}

/** Runs fn(batch) over all batches with `CONCURRENCY` in flight; returns wall seconds and per-call latencies. */
async function timed(batches, fn) {
  let next = 0;
  const latencies = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batches.length) }, async () => {
    while (next < batches.length) {
      const b = batches[next++];
      const t = performance.now();
      await fn(b);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { seconds, p50: q(0.5), p95: q(0.95) };
}

// ---------- scratch tables: same columns and indexes as the real one ----------
async function createScratch(c, mysqlFamily, table = 'samples', suffix = '') {
  const name = `bench_${table}_${run}${suffix}`;
  if (mysqlFamily) await c.ds.query(`CREATE TABLE ${name} LIKE ${table}`);
  else {
    const ddl = await c.ds.query(`SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC`, [table]);
    for (const { sql } of ddl) {
      await c.ds.query(sql.replace(new RegExp(`"${table}"`, 'g'), `"${name}"`).replace(/INDEX "([^"]+)"/, `INDEX "${name}_$1"`));
    }
  }
  return name;
}

// ---------- --profile: every statement timed by kind ----------
function profileQueries(ds, isMysqlFamily) {
  const stats = new Map();
  const qr = ds.createQueryRunner();
  const proto = Object.getPrototypeOf(qr);
  void qr.release();
  const original = proto.query;
  proto.query = async function (query, params, ...rest) {
    const t = performance.now();
    try {
      return await original.call(this, query, params, ...rest);
    } finally {
      const m = /^\s*(SELECT|INSERT INTO|UPDATE|START TRANSACTION|BEGIN TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b(?:.*?\bFROM\s+[`"]?(\w+)|\s+[`"]?(\w+))?/is.exec(query);
      const by = m?.[1] === 'SELECT' ? /\bWHERE\W*(?:\w+\W+\.\W*)?(\w+)/i.exec(query)?.[1] : undefined;
      const kind = m ? `${m[1].split(' ')[0]} ${m[2] ?? m[3] ?? ''}${by ? ` by ${by}` : ''}`.trim() : query.slice(0, 30);
      const s = stats.get(kind) ?? { n: 0, ms: 0, params: 0 };
      s.n++;
      s.ms += performance.now() - t;
      s.params += params?.length ?? 0;
      stats.set(kind, s);
    }
  };
  const STATUS = ['Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Innodb_deadlocks', 'Innodb_buffer_pool_read_requests', 'Innodb_buffer_pool_reads', 'Innodb_data_fsyncs', 'Handler_write', 'Handler_update', 'Handler_read_key'];
  const status = async () => isMysqlFamily(ds)
    ? Object.fromEntries((await ds.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${STATUS.map((v) => `'${v}'`).join(', ')})`)).map((r) => [r.Variable_name, Number(r.Value)]))
    : null;
  let base = null;
  let cpu = null;
  return {
    async reset() {
      base = await status();
      stats.clear();
      cpu = process.cpuUsage();
    },
    async print(title, wallSeconds) {
      const now = await status();
      if (base && now) console.log(`\n${title}: server status deltas (row lock time in ms; buffer pool reads = pages read from disk)\n  ${STATUS.map((k) => `${k.replace('Innodb_', '')} ${fmt(now[k] - base[k])}`).join(', ')}`);
      const used = process.cpuUsage(cpu);
      console.log(`${title}: this Node process used ${fmt((used.user + used.system) / 1e6, 2)} s CPU in ${fmt(wallSeconds, 2)} s wall`);
      const rows = [...stats].filter(([kind]) => !kind.startsWith('SHOW')).sort((a, b) => b[1].ms - a[1].ms);
      const total = rows.reduce((a, [, s]) => a + s.ms, 0);
      console.log(`\n${title}: time in SQL by statement kind (${fmt(total / 1000, 2)} s of ${fmt(wallSeconds, 2)} s wall${CONCURRENCY === 1 ? `; outside SQL ${fmt(wallSeconds - total / 1000, 2)} s` : ''})`);
      for (const [kind, s] of rows) {
        console.log(`  ${kind.padEnd(28)} ${String(s.n).padStart(6)} stmts ${fmt(s.ms / 1000, 2).padStart(8)} s ${fmt(s.ms / s.n, 2).padStart(9)} ms/stmt ${fmt(s.params / s.n).padStart(7)} params/stmt`);
      }
    },
    restore: () => (proto.query = original),
  };
}

// ---------- main ----------
const target = await openTarget({ name: 'ingest', keep: opt.keep, reuse: opt.reuse });
const { systemActor } = require(join(dist, 'platform/auth/actor.js'));
const { inTransaction, isMysqlFamily } = require(join(dist, 'platform/db/transaction.js'));
const { SqlDialect } = require(join(dist, 'platform/db/sql-dialect.js'));

const c = await openContainer(target);
let failed = false;
let summary;
try {
  const mysqlFamily = isMysqlFamily(c.ds);
  const sql = new SqlDialect(c.ds.manager);
  console.log(`Traffic Manager ingest bench on ${target.label}: setting up ${fmt(M)} users, ${SERVERS} servers, ${AGENTS} agents…`);
  const t0 = performance.now();
  const { servers, users } = await setup(c, inTransaction, systemActor);
  const { batches, sent } = makeBatches(users, servers);
  console.log(`setup ${fmt((performance.now() - t0) / 1000, 1)} s (users inserted set-based); ${fmt(N)} samples in ${batches.length} batches of ${BATCH}`);
  const counters = async () => {
    const [row] = await c.ds.query('SELECT lifetime_bytes AS b, samples_count AS n FROM system_counters WHERE id = 1');
    return { bytes: BigInt(String(row?.b ?? 0)), samples: BigInt(String(row?.n ?? 0)) };
  };
  const before = await counters();
  const scratch = await createScratch(c, mysqlFamily);
  const profiler = opt.profile ? profileQueries(c.ds, isMysqlFamily) : null;
  await profiler?.reset();

  // The ingest, timed: the real service, batch after batch, CONCURRENCY in flight.
  let accepted = 0, duplicates = 0, rejected = 0;
  const ingest = await timed(batches, async (b) => {
    const r = await c.services.ingest.ingest(b.serverId, b.raw);
    accepted += r.accepted;
    duplicates += r.duplicates;
    rejected += r.rejected.length;
  });
  await profiler?.print('ingest', ingest.seconds);

  // Hourly rollups are folded after COMMIT (the worker's usage.rollup job, and every reader of rollups
  // first). Timed on their own, so the figure above is not flattered by work merely moved out of it.
  const r0 = performance.now();
  const folded = await c.services.usageRollup.rollUp();
  const rollupSeconds = (performance.now() - r0) / 1000;
  await profiler?.reset();

  // The baseline, timed: the same rows, plain multi-row INSERTs, one transaction per batch.
  const baseline = await timed(batches, (b) => inTransaction(c.ds, async (m) => {
    for (let i = 0; i < b.rows.length; i += ROWS_PER_INSERT) {
      const part = b.rows.slice(i, i + ROWS_PER_INSERT);
      await m.query(`INSERT INTO ${scratch} (server_id, user_id, sample_key, protocol, up, down, at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        part.flatMap((s) => [b.serverId, s.userId, s.key, s.protocol, sql.bytes(s.up), sql.bytes(s.down), sql.date(s.at)]));
    }
  }));
  await profiler?.print('baseline', baseline.seconds);
  profiler?.restore();

  // The floor, timed: the least any implementation must do to keep the counters in the samples'
  // transaction: the same plain INSERTs plus one set-based write per user × server and per user
  // (copies of user_server_usage and users), no validation, no lookups, no dedupe.
  const floorSamples = await createScratch(c, mysqlFamily, 'samples', '_floor');
  const floorPairs = await createScratch(c, mysqlFamily, 'user_server_usage');
  const floorUsers = await createScratch(c, mysqlFamily, 'users');
  await c.ds.query(`INSERT INTO ${floorUsers} SELECT * FROM users`);
  await c.ds.query(`UPDATE ${floorUsers} SET up_bytes = 0, down_bytes = 0, lifetime_bytes = 0`);
  const floor = await timed(batches, (b) => inTransaction(c.ds, async (m) => {
    const d = new SqlDialect(m);
    for (let i = 0; i < b.rows.length; i += ROWS_PER_INSERT) {
      const part = b.rows.slice(i, i + ROWS_PER_INSERT);
      await m.query(`INSERT INTO ${floorSamples} (server_id, user_id, sample_key, protocol, up, down, at) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        part.flatMap((s) => [b.serverId, s.userId, s.key, s.protocol, d.bytes(s.up), d.bytes(s.down), d.date(s.at)]));
    }
    const per = new Map();
    for (const s of b.rows) {
      const t = per.get(s.userId) ?? [0n, 0n, 0n];
      t[0] += s.up; t[1] += s.down; t[2] += s.up + s.down;
      per.set(s.userId, t);
    }
    const ids = [...per.keys()].sort((x, y) => x - y);
    await d.upsertAdd(floorPairs, ['user_id', 'server_id'], ['up_bytes', 'down_bytes', 'lifetime_up', 'lifetime_down'], ['last_seen_at'],
      ids.map((id) => [id, b.serverId, d.bytes(per.get(id)[0]), d.bytes(per.get(id)[1]), d.bytes(per.get(id)[0]), d.bytes(per.get(id)[1]), d.date(new Date())]), 1000);
    await d.addById(floorUsers, ['up_bytes', 'down_bytes', 'lifetime_bytes'], per);
  }, 'READ COMMITTED'));

  // Correctness (not timed).
  const one = async (q, p = []) => BigInt(String(Object.values((await c.ds.query(q, p))[0])[0] ?? 0));
  const usersLifetime = await one(`SELECT SUM(lifetime_bytes) FROM users WHERE username LIKE ?`, [`b${run}u%`]);
  const after = await counters();
  const stored = await one(`SELECT COUNT(*) FROM samples WHERE server_id IN (${servers.map(() => '?').join(', ')})`, servers);
  const copied = await one(`SELECT COUNT(*) FROM ${scratch}`);
  const [hourly] = await c.ds.query(`SELECT SUM(h.up_bytes) + SUM(h.down_bytes) AS b, SUM(h.samples) AS n FROM usage_hourly h JOIN users u ON u.id = h.user_id WHERE u.username LIKE ?`, [`b${run}u%`]);
  const floorLifetime = await one(`SELECT SUM(lifetime_bytes) FROM ${floorUsers} WHERE username LIKE ?`, [`b${run}u%`]);
  if (!opt.keep || opt.reuse) for (const t of [scratch, floorSamples, floorPairs, floorUsers]) await c.ds.query(`DROP TABLE ${t}`);
  const problems = [];
  if (accepted !== N || duplicates || rejected) problems.push(`ingest answered accepted ${accepted}, duplicates ${duplicates}, rejected ${rejected} (expected ${N}, 0, 0)`);
  if (usersLifetime !== sent) problems.push(`users' lifetime_bytes sum ${usersLifetime} ≠ sent ${sent}`);
  if (after.bytes - before.bytes !== sent) problems.push(`system_counters lifetime grew by ${after.bytes - before.bytes} ≠ sent ${sent}`);
  if (after.samples - before.samples !== BigInt(N)) problems.push(`system_counters samples grew by ${after.samples - before.samples} ≠ ${N}`);
  if (stored !== BigInt(N)) problems.push(`samples holds ${stored} rows ≠ ${N}`);
  if (copied !== BigInt(N)) problems.push(`baseline table holds ${copied} rows ≠ ${N}`);
  if (BigInt(String(hourly?.b ?? 0)) !== sent || Number(hourly?.n ?? 0) !== N) problems.push(`hourly rollups hold ${hourly?.b} bytes in ${hourly?.n} samples ≠ ${sent} in ${N}`);
  if (floorLifetime !== sent) problems.push(`floor users' lifetime ${floorLifetime} ≠ sent ${sent}`);
  failed = problems.length > 0;

  const samplesPerSec = Math.round(N / ingest.seconds);
  const baselinePerSec = Math.round(N / baseline.seconds);
  const ratio = Number((samplesPerSec / baselinePerSec).toFixed(3));
  const rollupPerSec = Math.round(N / rollupSeconds);
  const floorPerSec = Math.round(N / floor.seconds);
  const line = (k, v) => console.log(`${k.padEnd(13)} ${v}`);
  console.log('');
  line('database', target.label);
  line('samples', fmt(N));
  line('users', fmt(M));
  line('batch', `${fmt(BATCH)} samples per call, ${SERVERS} servers`);
  line('concurrency', `${CONCURRENCY} calls in flight`);
  line('ingest', `${fmt(ingest.seconds, 2).padStart(7)} s ${fmt(samplesPerSec).padStart(10)} samples/s   per call p50 ${fmt(ingest.p50)} ms, p95 ${fmt(ingest.p95)} ms`);
  line('baseline', `${fmt(baseline.seconds, 2).padStart(7)} s ${fmt(baselinePerSec).padStart(10)} rows/s      plain INSERTs of ${ROWS_PER_INSERT} rows into a copy of samples`);
  line('ratio', `${fmt(ratio, 3)} of the plain-INSERT rate`);
  line('floor', `${fmt(floor.seconds, 2).padStart(7)} s ${fmt(floorPerSec).padStart(10)} samples/s   plain INSERTs + one set-based write per user × server and per user: the least the same-transaction counters cost`);
  line('rollup', `${fmt(rollupSeconds, 2).padStart(7)} s ${fmt(rollupPerSec).padStart(10)} samples/s   ${fmt(folded.batches)} batches folded into the hourly rollups after the ingest (not in its figure)`);
  line('check', failed ? `FAILED\n  ${problems.join('\n  ')}` : `OK: users' lifetime = system lifetime = sent = ${fmt(Number(sent))} bytes; ${fmt(N)} samples stored`);
  summary = { samples: N, users: M, samplesPerSec, baselinePerSec, ratio, floorPerSec, rollupPerSec };
} finally {
  await c.close();
  await target.cleanup();
}
console.log(JSON.stringify(summary));
if (failed) process.exit(1);
