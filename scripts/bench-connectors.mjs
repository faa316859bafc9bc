#!/usr/bin/env node
// npm run bench:connectors [-- --users 10000 --panel marzban|xui]
//
// One simulated panel (our Marzban or 3x-ui simulator over real HTTP, the real connector client) with N
// users, all of them users of ours (imported in one step). Times, through the REAL services of the
// built apps/api/dist, one poll of the connectors.poll job with half of the users moved: the panel read
// over HTTP (every page), N/2 deltas turned into samples and written through the one ingest door with
// their cursors, the status check those bytes start, every user's push state checked — from the first
// request to the committed counters and decisions.
// Baselines measured in the same run: the bare HTTP read of the panel (client.listUsage, no database),
// and the ingest alone of the same N/2 samples (what any path into our counters pays at least).
// Every user's counted bytes are verified against what the simulator moved. Last line: JSON.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContainer, openTarget } from './lib/bench-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/api/dist');
const require = createRequire(join(dist, 'app/container.js'));
const { MarzbanSimulator, XuiSimulator } = require(join(root, 'packages/panel-sim/dist/index.js'));
const { values: opt } = parseArgs({ options: { users: { type: 'string' }, panel: { type: 'string' } } });
const N = Number(opt.users ?? 10_000);
const PANEL = (opt.panel ?? 'marzban').toLowerCase();
if (!Number.isSafeInteger(N) || N < 2 || N > 100_000) throw new Error('--users must be 2..100000');
if (!['marzban', 'xui'].includes(PANEL)) throw new Error('--panel must be marzban or xui');

const target = await openTarget({ name: 'connectors' });
const c = await openContainer(target);
const { systemActor } = require(join(dist, 'platform/auth/actor.js'));
const admin = systemActor('bench');
const credentials = { username: 'bench', password: 'bench-pass-1' };
const sim = PANEL === 'xui' ? new XuiSimulator({ major: 3, ...credentials }) : new MarzbanSimulator({ kind: 'MARZBAN', ...credentials });
const ms = (t0) => Math.round(performance.now() - t0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const key = (i) => `bench-${String(i).padStart(6, '0')}`;

try {
  await sim.start();
  console.log(`${target.label}; one simulated ${PANEL === 'xui' ? '3x-ui v3' : 'Marzban'} panel with ${N} users`);
  for (let i = 0; i < N; i++) sim.addUser({ key: key(i), inbound: 1 + (i % 4) });
  const agent = await c.services.accounts.createAgent(admin, { username: 'bench-agent', password: 'bench-agent-pass' });
  const connector = await c.services.connectors.create(admin, { name: 'bench-panel', kind: PANEL === 'xui' ? 'XUI' : 'MARZBAN', url: sim.url, ...credentials });
  let t0 = performance.now();
  const imported = await c.services.connectorImport.importUsers(admin, connector.id, agent.account.id);
  const importMs = ms(t0);
  if (imported.imported !== N) throw new Error(`import: ${JSON.stringify(imported)}`);

  let moved = 0n;
  let round = 0;
  const move = () => {
    round++;
    // Half of the users moved, a different half each round.
    for (let i = round % 2; i < N; i += 2) {
      sim.addTraffic(key(i), 1000 + i, 50_000 + i);
      moved += BigInt(51_000 + 2 * i);
    }
  };

  const client = c.services.connectors.clientOf(connector);
  const bare = [];
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    const usages = await client.listUsage();
    bare.push(ms(t0));
    if (usages.length !== N) throw new Error(`bare read: ${usages.length} users`);
  }

  const polls = [];
  for (let i = 0; i < 3; i++) {
    move();
    t0 = performance.now();
    const o = await c.services.connectorSync.sync(connector.id);
    polls.push(ms(t0));
    if (!o?.ok || o.samples !== N / 2 || o.push.failed) throw new Error(`poll: ${JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  }
  const [{ total }] = await c.ds.query("SELECT SUM(lifetime_bytes) AS total FROM users WHERE username LIKE 'bench-%'");
  if (BigInt(total) !== moved) throw new Error(`counted ${total} bytes, moved ${moved}`);

  // The ingest alone: the same number of samples of the same users, straight into the one door.
  const { server } = await c.services.servers.create(admin, { name: 'bench-ingest', kind: 'WEBHOOK' });
  const ingest = [];
  for (let r = 0; r < 3; r++) {
    const samples = [];
    for (let i = r % 2; i < N; i += 2) samples.push({ id: `b${r}-${i}`, user: key(i), protocol: '', up: String(1000 + i), down: String(50_000 + i) });
    t0 = performance.now();
    const res = await c.services.ingest.ingest(server.id, samples);
    ingest.push(ms(t0));
    if (res.accepted !== samples.length) throw new Error(`ingest: ${JSON.stringify(res)}`);
  }

  const poll = median(polls);
  const alone = median(ingest);
  console.log(`baseline: bare HTTP read of the panel (${N} users, every page): median ${median(bare)} ms`);
  console.log(`baseline: the ingest alone of the same ${N / 2} samples: median ${alone} ms (runs ${ingest.join(', ')})`);
  console.log(`one poll: HTTP read + ${N / 2} deltas → samples + cursors committed + status check + push state of ${N} users checked: median ${poll} ms (runs ${polls.join(', ')})`);
  console.log(`  = ${(poll / alone).toFixed(2)}× the ingest alone, ${(poll / (alone + median(bare))).toFixed(2)}× read + ingest`);
  console.log(`import of ${N} panel users (one quota check, one transaction): ${importMs} ms`);
  console.log(`verified: every byte moved was counted once (${moved} bytes)`);
  console.log(JSON.stringify({ panel: PANEL, users: N, bareReadMs: median(bare), ingestAloneMs: alone, pollMs: poll, importMs }));
} finally {
  await c.close();
  await sim.stop();
  await target.cleanup();
}
