#!/usr/bin/env node
/**
 * routeros-sim --port 8728 --control-port 8729 --user admin --password secret [--demo] [--legacy] [--host 0.0.0.0]
 * Runs the simulator and its HTTP control API (always on 127.0.0.1) until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startControlApi } from './control-api';
import { RouterOsSimulator } from './simulator';

const DEMO_SESSIONS = [
  { user: 'alice', address: '10.5.50.11', macAddress: 'AA:BB:CC:00:00:11', uptimeSeconds: 3725, up: 1_200_000, down: 6_000_000 },
  { user: 'bob', address: '10.5.50.12', macAddress: 'AA:BB:CC:00:00:12', uptimeSeconds: 640, up: 350_000, down: 2_500_000 },
  { user: 'carol', address: '10.5.50.13', macAddress: 'AA:BB:CC:00:00:13', uptimeSeconds: 86_500, up: 60_000, down: 400_000 },
];

const DEMO_PPP = { name: 'dave', password: 'demo', callerId: 'AA:BB:CC:00:00:21', address: '10.10.10.21', uptimeSeconds: 7_300 };
/** dave's PPPoE link moves this much every second: ~160 kB up, ~1.2 MB down */
const DEMO_PPP_BYTES_PER_SECOND = { up: 160_000, down: 1_200_000 };

/** Hotspot users for the demo sessions (they log in through the login page), and one PPPoE subscriber. */
function startDemo(sim: RouterOsSimulator): void {
  for (const s of DEMO_SESSIONS) {
    sim.addHotspotUser({ name: s.user, password: 'demo', comment: 'demo user' });
    sim.login({ user: s.user, password: 'demo', address: s.address, macAddress: s.macAddress, uptimeSeconds: s.uptimeSeconds });
    sim.setTraffic(s.macAddress, { up: s.up, down: s.down });
  }
  sim.addPppSecret({ name: DEMO_PPP.name, password: DEMO_PPP.password, service: 'pppoe', comment: 'demo subscriber' });
  sim.dialPpp(DEMO_PPP);
  sim.movePppBytes(DEMO_PPP.name, { up: 25_000_000, down: 310_000_000 });
  setInterval(() => {
    if (sim.pppSessions().some((s) => s.name === DEMO_PPP.name)) sim.movePppBytes(DEMO_PPP.name, DEMO_PPP_BYTES_PER_SECOND);
  }, 1000).unref();
}

function portOf(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--${name} must be a port number, got ${value}`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8728' },
      'control-port': { type: 'string', default: '8729' },
      host: { type: 'string', default: '127.0.0.1' },
      user: { type: 'string', default: 'admin' },
      password: { type: 'string', default: '' },
      identity: { type: 'string', default: 'MikroTik' },
      demo: { type: 'boolean', default: false },
      legacy: { type: 'boolean', default: false },
    },
  });
  const sim = new RouterOsSimulator({
    host: values.host,
    port: portOf(values.port, 'port'),
    users: [{ name: values.user, password: values.password }],
    identity: values.identity,
    version: values.legacy ? '6.49.17 (long-term)' : '7.18.2 (stable)',
    emptyReplies: !values.legacy,
  });
  await sim.start();
  const control = await startControlApi(sim, portOf(values['control-port'], 'control-port'));
  if (values.demo) startDemo(sim);
  console.log(
    `RouterOS simulator: API on ${sim.host}:${sim.port} (user ${values.user}), ` +
      `control on http://127.0.0.1:${control.port}${values.demo ? ', demo sessions running' : ''}`,
  );
  const shutdown = async (): Promise<void> => {
    await Promise.all([sim.stop(), control.close()]);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
