#!/usr/bin/env node
// npm run bench:routers [-- --sessions N]
//
// One router (our RouterOS simulator, real wire protocol, real node-routeros client) with N hotspot
// sessions, N users and N speed limits, over DATABASE_URL (see lib/bench-target.mjs). Times, through
// the REAL services of the built apps/api/dist:
//   - the first sync: reads the router, counts N first readings, adds N queues one command each;
//   - a steady poll (the bandwidth.poll-routers job's work): N byte deltas as samples + cursor, queues and
//     N hotspot users (logins) checked;
//   - a cut-off pass: all N users may no longer be online → N logins disabled, N sessions kicked, N queues removed;
//   - the resume pass: N logins enabled again;
// against a baseline measured in the same run: the bare read of the router (the pass's six prints, no database).
// Every user's counted bytes are verified against what the simulator moved. Last line: JSON.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openContainer, openTarget } from './lib/bench-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'apps/api/dist');
const require = createRequire(join(dist, 'app/container.js'));
const { RouterOsSimulator } = require(join(root, 'packages/routeros-sim/dist/index.js'));
const { values: opt } = parseArgs({ options: { sessions: { type: 'string' } } });
const N = Number(opt.sessions ?? 2000);
if (!Number.isSafeInteger(N) || N < 1 || N > 60_000) throw new Error('--sessions must be 1..60000');

const target = await openTarget({ name: 'routers' });
const c = await openContainer(target);
const { systemActor } = require(join(dist, 'platform/auth/actor.js'));
const { BandwidthAssignmentEntity } = require(join(dist, 'modules/bandwidth/index.js'));
const { RouterOsClient } = require(join(dist, 'modules/bandwidth/routeros/index.js'));
const { readFullSnapshot } = require(join(dist, 'modules/bandwidth/router-snapshot.js'));
const admin = systemActor('bench');
const sim = new RouterOsSimulator({ users: [{ name: 'bench', password: 'bench-pass' }] });
const ms = (t0) => Math.round(performance.now() - t0);
const mac = (i) => `02:B0:00:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`.toUpperCase();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await sim.start();
  console.log(`${target.label}; ${N} sessions on one simulated router`);
  const router = await c.services.routers.create(admin, { name: 'bench-gw', host: '127.0.0.1', port: sim.port, username: 'bench', password: 'bench-pass' });
  const ids = [];
  for (let i = 0; i < N; i++) {
    const view = await c.services.users.create(admin, { username: `hs-${i}`, macAddress: mac(i) });
    ids.push(view.user.id);
    sim.addHotspotUser({ name: `hs-${i}`, password: `pw-${i}` });
    sim.addSession({ user: `hs-${i}`, address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, macAddress: mac(i) });
  }
  const repo = c.ds.getRepository(BandwidthAssignmentEntity);
  for (let i = 0; i < N; i += 100) {
    await repo.insert(ids.slice(i, i + 100).map((userId, j) => ({ routerId: router.id, macAddress: mac(i + j), userId, agentId: null, profileId: null, upBps: 1_000_000n, downBps: 2_000_000n, state: 'PENDING', attempts: 0 })));
  }

  let moved = 0n;
  const move = () => {
    for (let i = 0; i < N; i++) sim.moveBytes(mac(i), { up: 1000 + i, down: 5000 + i });
    moved += BigInt(N) * 6000n + BigInt(N) * BigInt(N - 1);
  };
  move();
  let t0 = performance.now();
  const first = await c.services.routerSync.sync(router.id, { account: true });
  const firstMs = ms(t0);
  if (!first.ok || first.reconcile.added !== N) throw new Error(`first sync: ${JSON.stringify(first)}`);

  const client = await RouterOsClient.connect({ host: '127.0.0.1', port: sim.port, tls: false, username: 'bench', password: 'bench-pass', timeoutMs: 30_000 });
  const bare = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await readFullSnapshot(client);
    bare.push(ms(t0));
  }
  await client.close();

  const steady = [];
  for (let round = 0; round < 5; round++) {
    move();
    t0 = performance.now();
    const o = await c.services.routerSync.sync(router.id, { account: true });
    steady.push(ms(t0));
    if (!o.ok || o.accounting.samples !== N) throw new Error(`steady poll: ${JSON.stringify(o)}`);
  }
  const [{ total }] = await c.ds.query('SELECT SUM(up_bytes + down_bytes) AS total FROM users');
  if (BigInt(total) !== moved) throw new Error(`counted ${total} bytes, moved ${moved}`);

  await c.ds.query("UPDATE users SET status = 'DISABLED' WHERE username LIKE 'hs-%'");
  t0 = performance.now();
  const cut = await c.services.routerSync.sync(router.id, { account: true });
  const cutMs = ms(t0);
  if (!cut.ok || cut.logins.disabled !== N || cut.logins.kicked !== N || cut.reconcile.removed !== N) throw new Error(`cut-off pass: ${JSON.stringify(cut)}`);
  if (sim.sessions().length !== 0 || sim.hotspotUsers().some((u) => !u.disabled)) throw new Error('cut-off pass left someone online');
  await c.ds.query("UPDATE users SET status = 'ACTIVE' WHERE username LIKE 'hs-%'");
  t0 = performance.now();
  const resume = await c.services.routerSync.sync(router.id, { account: true });
  const resumeMs = ms(t0);
  if (!resume.ok || resume.logins.enabled !== N) throw new Error(`resume pass: ${JSON.stringify(resume)}`);
  console.log(`baseline: bare read of the router (6 prints: ${N} sessions, ${N} queues, ${N} hotspot users, PPP): median ${median(bare)} ms`);
  console.log(`first sync: ${N} first readings counted + ${N} queues added: ${firstMs} ms`);
  console.log(`steady poll: ${N} deltas → samples + cursor, queues checked: median ${median(steady)} ms (runs ${steady.join(', ')})`);
  console.log(`cut-off pass: ${N} logins disabled + ${N} sessions kicked + ${N} queues removed: ${cutMs} ms`);
  console.log(`resume pass: ${N} logins enabled: ${resumeMs} ms`);
  console.log(`verified: every byte moved was counted once (${moved} bytes); nobody cut off stayed online`);
  console.log(JSON.stringify({ sessions: N, baselineReadMs: median(bare), firstSyncMs: firstMs, steadyPollMs: median(steady), cutOffMs: cutMs, resumeMs }));
} finally {
  await c.close();
  await sim.stop();
  await target.cleanup();
}
