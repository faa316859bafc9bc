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
  if (values.demo) {
    for (const s of DEMO_SESSIONS) {
      sim.addSession(s);
      sim.setTraffic(s.macAddress, { up: s.up, down: s.down });
    }
  }
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
