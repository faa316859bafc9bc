#!/usr/bin/env node
// npm run bench:sweep [-- --agents N --users M --keep --reuse]
//
// Times the check of every agent (EnforcementService.check({ kind: 'all' }): the periodic job's
// work) through the REAL service from the built apps/api/dist, over DATABASE_URL (see
// lib/bench-target.mjs; MariaDB: DATABASE_URL=mysql://root@127.0.0.1:3306/test). In the same run it
// times one plain aggregate query over the same tables (users per agent with their bytes, joined to
// accounts) as the baseline. The last line is JSON: {"agents","users","checkMs","baselineMs",…}.
//
// Setup (not timed) inserts agents and users set-based, in the state a missed check would leave:
//   10 % of agents have gone over their limit with their users still ACTIVE  → to SUSPEND
//    5 % of agents are back under their limit with their users SUSPENDED      → to RESUME
//    1 % of users are over their own data limit                               → to LIMIT
//    1 % of users are past their expiry                                       → to EXPIRE
//    2 % of users were DISABLED by hand                                       → untouched
// Users' alert levels are as the post-ingest checks would have left them; the over-limit agents'
// are not, so the check raises their alerts (about 300). Then the check runs a second time, when
// nothing is left to change (the steady state every 5 minutes). Both runs are verified row by row.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContainer, openTarget } from './lib/bench-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/api/dist');
const require = createRequire(join(dist, 'app/container.js'));

const { values: opt } = parseArgs({ options: { agents: { type: 'string' }, users: { type: 'string' }, keep: { type: 'boolean' }, reuse: { type: 'boolean' } } });
const int = (v, dflt) => {
  const n = Number(v ?? dflt);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a positive integer: ${v}`);
  return n;
};
const AGENTS = int(opt.agents ?? process.env.AGENTS, 1000);
const USERS = int(opt.users ?? process.env.USERS, 200_000);
const GB = 1024n ** 3n;
const AGENT_LIMIT = 100n * GB;
const USER_LIMIT = 5n * GB;
const run = Date.now().toString(36);
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** A deterministic PRNG, so two runs build the same data. */
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

const target = await openTarget({ name: 'sweep', keep: opt.keep, reuse: opt.reuse });
const { inTransaction } = require(join(dist, 'platform/db/transaction.js'));
const { SqlDialect } = require(join(dist, 'platform/db/sql-dialect.js'));
const { hashPassword } = require(join(dist, 'platform/auth/password.js'));
const { levelFor } = require(join(dist, 'modules/alerts/alerts.policy.js'));

const c = await openContainer(target);

async function setup() {
  const sql = new SqlDialect(c.ds.manager);
  const hash = await hashPassword(randomBytes(12).toString('hex'));
  const agents = Array.from({ length: AGENTS }, (_, i) => {
    const kind = i % 20 < 2 ? 'over' : i % 20 === 2 ? 'back' : 'under';
    const charged = kind === 'over' ? AGENT_LIMIT + BigInt(Math.floor(rand() * 5e9)) : (AGENT_LIMIT * BigInt(Math.floor(rand() * 70))) / 100n;
    return { username: `s${run}a${i}`, kind, charged, level: kind === 'over' ? 0 : levelFor(charged, AGENT_LIMIT) };
  });
  await inTransaction(c.ds, async (m) => {
    for (let i = 0; i < agents.length; i += 500) {
      const part = agents.slice(i, i + 500);
      await m.query(
        `INSERT INTO accounts (username, password_hash, role, status, traffic_limit, quota_mode, charged_bytes, lifetime_bytes, allocated_bytes, alert_level)
         VALUES ${part.map(() => "(?, ?, 'AGENT', 'ACTIVE', ?, 'USAGE', ?, ?, 0, ?)").join(', ')}`,
        part.flatMap((a) => [a.username, hash, sql.bytes(AGENT_LIMIT), sql.bytes(a.charged), sql.bytes(a.charged), a.level]),
      );
    }
  });
  const ids = new Map((await c.ds.query('SELECT id, username FROM accounts WHERE username LIKE ?', [`s${run}a%`])).map((r) => [r.username, Number(r.id)]));
  for (const a of agents) a.id = ids.get(a.username);

  const now = Date.now();
  const expect = { SUSPENDED: 0, ACTIVE: 0, LIMITED: 0, EXPIRED: 0, DISABLED: 0 };
  const users = Array.from({ length: USERS }, (_, i) => {
    const agent = agents[i % AGENTS];
    const roll = rand();
    const over = roll < 0.01;
    const expired = roll >= 0.01 && roll < 0.02;
    const disabled = roll >= 0.02 && roll < 0.04;
    const used = over ? USER_LIMIT + BigInt(Math.floor(rand() * 1e9)) : BigInt(Math.floor(rand() * 3e9));
    const status = disabled ? 'DISABLED' : agent.kind === 'back' ? 'SUSPENDED' : 'ACTIVE';
    const want = disabled ? 'DISABLED' : expired ? 'EXPIRED' : over ? 'LIMITED' : agent.kind === 'over' ? 'SUSPENDED' : 'ACTIVE';
    expect[want]++;
    return {
      username: `s${run}u${i}`, token: randomBytes(16).toString('hex'), agentId: agent.id, status, used,
      expiresAt: expired ? new Date(now - 3_600_000) : rand() < 0.5 ? new Date(now + 30 * 86_400_000) : null,
      level: levelFor(used, USER_LIMIT),
    };
  });
  await inTransaction(c.ds, async (m) => {
    for (let i = 0; i < users.length; i += 1000) {
      const part = users.slice(i, i + 1000);
      await m.query(
        `INSERT INTO users (username, token, agent_id, created_by_id, status, data_limit, expires_at, up_bytes, down_bytes, lifetime_bytes, alert_level)
         VALUES ${part.map(() => '(?, ?, ?, 1, ?, ?, ?, 0, ?, ?, ?)').join(', ')}`,
        part.flatMap((u) => [u.username, u.token, u.agentId, u.status, sql.bytes(USER_LIMIT), u.expiresAt ? sql.date(u.expiresAt) : null, sql.bytes(u.used), sql.bytes(u.used), u.level]),
      );
    }
  });
  if (c.ds.options.type !== 'better-sqlite3') await c.ds.query('ANALYZE TABLE users, accounts');
  else await c.ds.query('ANALYZE');
  return expect;
}

const statusCounts = async () =>
  Object.fromEntries((await c.ds.query('SELECT u.status, COUNT(*) AS n FROM users u JOIN accounts a ON a.id = u.agent_id WHERE a.username LIKE ? GROUP BY u.status', [`s${run}a%`])).map((r) => [r.status, Number(r.n)]));

const BASELINE = `SELECT u.agent_id, COUNT(*) AS users, SUM(u.up_bytes + u.down_bytes) AS used, MAX(a.charged_bytes) AS charged
  FROM users u JOIN accounts a ON a.id = u.agent_id GROUP BY u.agent_id`;

let failed = false;
try {
  console.log(`Traffic Manager sweep bench on ${target.label}: ${fmt(AGENTS)} agents, ${fmt(USERS)} users`);
  const t0 = performance.now();
  const expected = await setup();
  console.log(`setup ${fmt((performance.now() - t0) / 1000, 1)} s (set-based inserts); before: ${JSON.stringify(await statusCounts())}`);

  await c.ds.query(BASELINE); // warm-up, like the check's tables after setup
  const b0 = performance.now();
  const groups = (await c.ds.query(BASELINE)).length;
  const baselineMs = performance.now() - b0;

  const k0 = performance.now();
  const first = await c.services.enforcement.check({ kind: 'all' });
  const checkMs = performance.now() - k0;
  const afterFirst = await statusCounts();

  const s0 = performance.now();
  const second = await c.services.enforcement.check({ kind: 'all' });
  const steadyMs = performance.now() - s0;

  const by = (to) => first.changes.filter((x) => x.to === to).length;
  console.log(`\ncheck of all agents (first, with work): ${fmt(checkMs, 1)} ms — ${fmt(first.changes.length)} statuses changed (suspended ${fmt(by('SUSPENDED'))}, resumed ${fmt(by('ACTIVE'))}, limited ${fmt(by('LIMITED'))}, expired ${fmt(by('EXPIRED'))}), ${fmt(first.alerts)} alerts raised`);
  console.log(`check of all agents (steady state):     ${fmt(steadyMs, 1)} ms — ${second.changes.length} changes, ${second.alerts} alerts`);
  console.log(`baseline: one plain aggregate query (${fmt(groups)} agent groups): ${fmt(baselineMs, 1)} ms`);
  console.log(`after: ${JSON.stringify(afterFirst)}`);

  const problems = [];
  for (const [status, n] of Object.entries(expected)) if ((afterFirst[status] ?? 0) !== n) problems.push(`${status}: ${afterFirst[status] ?? 0} users, expected ${n}`);
  if (second.changes.length || second.alerts) problems.push(`the second check still changed ${second.changes.length} users and raised ${second.alerts} alerts`);
  if (problems.length) {
    failed = true;
    console.error(`\nWRONG:\n  ${problems.join('\n  ')}`);
  }
  console.log(JSON.stringify({ agents: AGENTS, users: USERS, checkMs: Math.round(checkMs), baselineMs: Math.round(baselineMs * 10) / 10, steadyMs: Math.round(steadyMs), changed: first.changes.length, alerts: first.alerts }));
} finally {
  await c.close();
  await target.cleanup();
}
process.exit(failed ? 1 : 0);
