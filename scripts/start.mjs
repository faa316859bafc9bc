#!/usr/bin/env node
// Launcher behind `npm start` (which runs `npm run build` first).
//
// Starts the built API (node apps/api/dist/main.js) and the built portal
// (next start apps/web), prefixes their output with [api] / [web], waits until
// both answer, then prints where to go and how to sign in.
//
// Embedded default: no DATABASE_URL -> SQLite under ./data. AUTH_SECRET and
// NEXTAUTH_SECRET, when unset, are generated once and kept in
// ./data/.auth-secret and ./data/.nextauth-secret so sessions survive restarts
// (ROUTER_SECRET_KEY likewise in ./data/.router-secret-key: it decrypts router passwords).
//
// Ctrl-C / SIGTERM stops both. If either child dies, the other is stopped and
// this process exits non-zero. Node built-ins only.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const say = (msg) => process.stdout.write(`${paint('1', '[start]')} ${msg}\n`);
const complain = (msg) => process.stderr.write(`${paint('1;31', '[start]')} ${msg}\n`);

function fail(msg) {
  complain(msg);
  process.exit(1);
}

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) fail(`${name} must be a port number (1-65535), got "${raw}"`);
  return n;
}

/** Reads a secret kept in dataDir/file, creating it (0600) with a random value the first time. */
function persistedSecret(dataDir, file, label) {
  const full = path.join(dataDir, file);
  const shown = path.relative(ROOT, full) || full;
  const read = () => (existsSync(full) ? readFileSync(full, 'utf8').trim() : '');
  let value = read();
  if (value) return value;
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(full, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    say(`generated ${label} into ${shown} (kept for later starts)`);
  } catch (err) {
    if (err.code !== 'EEXIST') fail(`cannot write ${shown}: ${err.message}`);
  }
  value = read();
  if (!value) fail(`${shown} is empty; delete it or set ${label}`);
  return value;
}

/** Resolves when nothing listens on host:port, fails with a clear message otherwise. */
function assertPortFree(p, host, what, variable) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', (err) => {
      if (err.code === 'EADDRINUSE') fail(`port ${p} is already in use (${what}). Stop whatever uses it, or set ${variable}.`);
      // Anything else (e.g. no IPv6): let the child report it.
      resolve();
    });
    srv.listen({ port: p, host, exclusive: true }, () => srv.close(() => resolve()));
  });
}

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------
const API_PORT = port('PORT', 4000);
const WEB_PORT = port('WEB_PORT', 3000);
if (API_PORT === WEB_PORT) fail(`PORT and WEB_PORT are both ${API_PORT}; give the API and the portal different ports.`);

const apiHost = process.env.HOST || '127.0.0.1';
// Where this machine reaches the API: a wildcard bind is reached on loopback.
const apiReach = ['0.0.0.0', '::', '[::]'].includes(apiHost) ? '127.0.0.1' : apiHost.includes(':') ? `[${apiHost}]` : apiHost;
const apiBase = `http://${apiReach}:${API_PORT}`;
const webProbe = `http://127.0.0.1:${WEB_PORT}`;
const portalUrl = (process.env.NEXTAUTH_URL || `http://localhost:${WEB_PORT}`).replace(/\/+$/, '');
const dataDir = path.resolve(ROOT, process.env.DATA_DIR || 'data');

const apiMain = path.join(ROOT, 'apps/api/dist/main.js');
const webDir = path.join(ROOT, 'apps/web');
if (!existsSync(apiMain)) fail('apps/api/dist/main.js is missing: run `npm run build` first (`npm start` does).');
if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) fail('apps/web/.next has no production build: run `npm run build` first (`npm start` does).');
let nextBin;
try {
  nextBin = createRequire(path.join(webDir, 'package.json')).resolve('next/dist/bin/next');
} catch {
  fail('next is not installed: run `npm ci` first.');
}

// The placeholders of .env.example count as unset (e.g. after `. ./.env.example`):
// the portal refuses them, and the API would accept them outside production.
const PLACEHOLDERS = new Set(['change-me', 'changeme', 'dev-insecure-secret-change-me', 'dev-insecure-web-secret-change-me']);
function fromEnv(name) {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return undefined;
  if (PLACEHOLDERS.has(value.trim())) {
    say(`${name} is the placeholder "${value.trim()}"; ignoring it.`);
    return undefined;
  }
  return value;
}

const authSecret = fromEnv('AUTH_SECRET') ?? persistedSecret(dataDir, '.auth-secret', 'AUTH_SECRET');
const routerSecretKey = fromEnv('ROUTER_SECRET_KEY') ?? persistedSecret(dataDir, '.router-secret-key', 'ROUTER_SECRET_KEY');
const nextAuthSecret = fromEnv('NEXTAUTH_SECRET') ?? persistedSecret(dataDir, '.nextauth-secret', 'NEXTAUTH_SECRET');
const adminPassword = fromEnv('ADMIN_PASSWORD');

const apiEnv = { ...process.env, PORT: String(API_PORT), AUTH_SECRET: authSecret, ROUTER_SECRET_KEY: routerSecretKey };
if (adminPassword === undefined) delete apiEnv.ADMIN_PASSWORD; // the API generates one
const webEnv = {
  ...process.env,
  PORT: String(WEB_PORT),
  API_URL: apiBase,
  NEXTAUTH_URL: portalUrl,
  NEXTAUTH_SECRET: nextAuthSecret,
};
// The API's own secrets and database settings are none of the portal's business;
// NODE_ENV is left to `next start` (always production; it warns about others).
for (const key of ['AUTH_SECRET', 'ROUTER_SECRET_KEY', 'ADMIN_PASSWORD', 'DATABASE_URL', 'REDIS_URL', 'MONGODB_URL', 'NODE_ENV']) delete webEnv[key];

// ---------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------
let shuttingDown = false;
let firstAdmin = null; // { username, password } when the API generated one on this start
const children = [];

function pipeLines(stream, out, prefix, onLine) {
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  rl.on('line', (line) => {
    out.write(`${prefix} ${line}\n`);
    onLine?.(line);
  });
}

function watchFirstAdmin() {
  let inBlock = false;
  let username = null;
  return (line) => {
    if (/First admin created/i.test(line)) inBlock = true;
    if (!inBlock) return;
    const u = /^\s*username:\s*(\S+)\s*$/.exec(line);
    const p = /^\s*password:\s*(\S+)\s*$/.exec(line);
    if (u) username = u[1];
    if (p) {
      firstAdmin = { username: username ?? process.env.ADMIN_USERNAME ?? 'admin', password: p[1] };
      inBlock = false;
    }
  };
}

function start(name, color, args, env, cwd = ROOT) {
  const prefix = paint(color, `[${name}]`);
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { name, child, exited: false, code: null, signal: null };
  children.push(entry);
  pipeLines(child.stdout, process.stdout, prefix, name === 'api' ? watchFirstAdmin() : undefined);
  pipeLines(child.stderr, process.stderr, prefix);
  child.on('error', (err) => {
    complain(`${name}: could not start: ${err.message}`);
    onExit(entry, 1, null);
  });
  // 'close' comes after the output pipes drained; 'exit' is the fallback should
  // a grandchild keep them open.
  child.on('close', (code, signal) => onExit(entry, code, signal));
  child.on('exit', (code, signal) => setTimeout(() => onExit(entry, code, signal), 2000).unref());
  return entry;
}

function onExit(entry, code, signal) {
  if (entry.exited) return;
  entry.exited = true;
  entry.code = code;
  entry.signal = signal;
  if (shuttingDown) {
    if (children.every((c) => c.exited)) finish();
    return;
  }
  complain(`${entry.name} exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}); stopping the rest.`);
  exitCode = code && code !== 0 ? code : 1;
  shutdown();
}

let exitCode = 0;
let killTimer = null;

function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (signal) say(`${signal} received, stopping api and web...`);
  for (const c of children) if (!c.exited) c.child.kill('SIGTERM');
  killTimer = setTimeout(() => {
    for (const c of children) {
      if (!c.exited) {
        complain(`${c.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
        c.child.kill('SIGKILL');
      }
    }
  }, STOP_TIMEOUT_MS);
  killTimer.unref();
  if (children.every((c) => c.exited)) finish();
}

function finish() {
  if (killTimer) clearTimeout(killTimer);
  say(exitCode === 0 ? 'stopped.' : `stopped (exit ${exitCode}).`);
  process.exit(exitCode);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(sig));

// ---------------------------------------------------------------------------
// Readiness
// ---------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/** One GET without keep-alive (a pooled socket would hold up the API's graceful close). */
function probe(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, headers: { connection: 'close' }, timeout: 3000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

async function waitFor(url, ok) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!shuttingDown && Date.now() < deadline) {
    const status = await probe(url);
    if (status && ok(status)) return true;
    await sleep(500);
  }
  return false;
}

function banner() {
  const line = '='.repeat(68);
  const rows = [
    '',
    line,
    '  Traffic Manager is running',
    '',
    `  Portal:   ${portalUrl}`,
    `  API:      ${apiBase}/graphql   (GraphQL, HTTP + WebSocket)`,
    `  Health:   ${apiBase}/healthz`,
    '',
  ];
  if (firstAdmin) {
    rows.push(
      '  First start: an admin account was created. Sign in with',
      `    username: ${firstAdmin.username}`,
      `    password: ${firstAdmin.password}`,
      '  (the [api] lines above show it too; it is not shown again, so keep',
      '  it now and change it after signing in)',
    );
  } else if (adminPassword) {
    rows.push(
      `  Sign in as "${process.env.ADMIN_USERNAME || 'admin'}" with the ADMIN_PASSWORD you set`,
      '  (it applies when the first admin is created, i.e. on the first start).',
    );
  } else {
    rows.push(
      '  Sign in: on the very first start the API printed the first admin\'s',
      '  generated password once (look for "First admin created" in the',
      '  [api] lines of that run). Set ADMIN_USERNAME / ADMIN_PASSWORD before',
      '  the first start to choose them instead.',
    );
  }
  rows.push('', `  Data: ${path.relative(process.cwd(), dataDir) || '.'}${process.env.DATABASE_URL ? ' (secrets only; database from DATABASE_URL)' : ' (SQLite database and generated secrets)'}`);
  rows.push('  Stop with Ctrl-C.', line, '');
  process.stdout.write(rows.join('\n') + '\n');
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
await assertPortFree(API_PORT, apiHost, 'API, PORT', 'PORT');
await assertPortFree(WEB_PORT, undefined, 'portal, WEB_PORT', 'WEB_PORT');

say(`starting api (port ${API_PORT}) and web (port ${WEB_PORT})...`);
start('api', '36', [apiMain], apiEnv);
// `next start` runs from apps/web itself: started from the root with `apps/web`
// as its directory argument, Next 16 cannot resolve relative imports in
// next.config.ts (seen with next 16.4.6).
start('web', '35', [nextBin, 'start', '-p', String(WEB_PORT)], webEnv, webDir);

const [apiReady, webReady] = await Promise.all([
  waitFor(`${apiBase}/healthz`, (s) => s === 200),
  waitFor(`${webProbe}/login`, (s) => s < 500),
]);
if (!shuttingDown) {
  if (apiReady && webReady) {
    banner();
  } else {
    const waiting = [!apiReady && `API (${apiBase}/healthz)`, !webReady && `portal (${webProbe}/login)`].filter(Boolean).join(' and ');
    complain(`${waiting} not ready after ${READY_TIMEOUT_MS / 1000} s; still running — check the [api]/[web] lines above.`);
  }
}
