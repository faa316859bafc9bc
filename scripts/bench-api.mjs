#!/usr/bin/env node
// npm run bench:api — starts the built API on a fresh SQLite file (or DATABASE_URL) and measures,
// in one run: the baseline (GET /healthz, no database work beyond SELECT 1), an authenticated
// `users(first: 50)` page, and `createUser` writes. Prints requests/s and p50/p95 latency.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const port = 4400 + Math.floor(Math.random() * 500);
const dir = mkdtempSync(join(tmpdir(), 'tm-bench-'));
const url = `http://127.0.0.1:${port}`;

const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`, ADMIN_USERNAME: 'bench', ADMIN_PASSWORD: 'bench-password-1', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', LOGIN_MAX_FAILURES: '1000' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => { api.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); };

async function waitUp() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${url}/healthz`)).ok) return; } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('API did not start');
}
const gql = async (query, variables, token) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

async function measure(name, op) {
  const latencies = [];
  const deadline = performance.now() + seconds * 1000;
  let i = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await op(i++);
      latencies.push(performance.now() - t);
    }
  }));
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  const rps = (latencies.length / seconds).toFixed(0);
  console.log(`${name.padEnd(28)} ${String(rps).padStart(7)} req/s   p50 ${q(0.5).padStart(6)} ms   p95 ${q(0.95).padStart(6)} ms   (${latencies.length} requests)`);
  return Number(rps);
}

try {
  await waitUp();
  const { login } = await gql('mutation { login(username: "bench", password: "bench-password-1") { token } }');
  const token = login.token;
  const run = Date.now().toString(36);
  for (let i = 0; i < 200; i++) await gql('mutation($u: String!) { createUser(input: { username: $u, dataLimit: "1073741824" }) { id } }', { u: `seed-${run}-${i}` }, token);
  console.log(`Traffic Manager API bench: ${seconds}s per case, ${concurrency} concurrent clients, ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'SQLite'}`);
  const base = await measure('baseline GET /healthz', () => fetch(`${url}/healthz`).then((r) => r.text()));
  const read = await measure('users(first: 50)', () => gql('{ users(first: 50) { totalCount nodes { id username used dataLimit status } } }', {}, token));
  const write = await measure('createUser', (i) => gql('mutation($u: String!) { createUser(input: { username: $u }) { id } }', { u: `b-${run}-${i}` }, token));
  console.log(`relative to baseline: users page ${((read / base) * 100).toFixed(0)}%, createUser ${((write / base) * 100).toFixed(0)}%`);
} finally {
  stop();
}
