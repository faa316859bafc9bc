#!/usr/bin/env node
/**
 * panel-sim --kind marzban|pasarguard|xui [--port 8000] [--host 127.0.0.1] [--base-path /abc]
 *           [--username admin] [--password secret] [--demo]
 *           [--major 2|3] [--totp-secret BASE32] [--api-token TOKEN]   (3x-ui only)
 *           [--version X.Y.Z] [--page-limit N]                          (version: any kind; page limit: Marzban/PasarGuard)
 * Runs one panel simulator (its control API under /__sim/ on the same port) until SIGINT/SIGTERM and
 * prints `panel-sim <kind> listening on <url>` once it accepts connections.
 */
import { parseArgs } from 'node:util';
import { MarzbanSimulator } from './marzban';
import type { PanelSimulator, SimUserSpec } from './panel-simulator';
import { XuiSimulator } from './xui';

const GB = 1024 ** 3;
const DAY_MS = 86_400_000;

/** Demo users and the bytes each moves per second (up, down) while the panel has it enabled. */
const DEMO_USERS: { spec: SimUserSpec; perSecond: [number, number] }[] = [
  { spec: { key: 'alice', inbound: 1 }, perSecond: [120_000, 2_400_000] },
  { spec: { key: 'bob', inbound: 1, dataLimit: 50 * GB }, perSecond: [40_000, 900_000] },
  { spec: { key: 'carol', inbound: 1, dataLimit: 2 * GB, expiresAt: new Date(Date.now() + 30 * DAY_MS) }, perSecond: [15_000, 350_000] },
  { spec: { key: 'dave', inbound: 2, enabled: false }, perSecond: [0, 0] },
];

function startDemo(sim: PanelSimulator): void {
  for (const { spec } of DEMO_USERS) sim.addUser(spec);
  sim.addTraffic('bob', 300_000_000, 6 * GB);
  sim.addTraffic('carol', 50_000_000, Math.round(1.7 * GB));
  setInterval(() => {
    for (const { spec, perSecond } of DEMO_USERS) {
      if (sim.user(spec.key)?.enabled) sim.addTraffic(spec.key, ...perSecond);
    }
  }, 1000).unref();
}

function portOf(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${value}`);
  return port;
}

function buildSimulator(values: Record<string, string | boolean | undefined>): PanelSimulator {
  const str = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const common = {
    username: str('username') ?? 'admin',
    password: str('password') ?? 'secret',
    port: portOf(str('port') ?? '8000'),
    host: str('host') ?? '127.0.0.1',
    basePath: str('base-path'),
    version: str('version'),
  };
  const kind = (str('kind') ?? '').toLowerCase();
  if (kind === 'marzban' || kind === 'pasarguard') {
    const pageLimit = str('page-limit') ? Number(str('page-limit')) : undefined;
    return new MarzbanSimulator({ kind: kind === 'marzban' ? 'MARZBAN' : 'PASARGUARD', pageLimit, ...common });
  }
  if (kind === 'xui') {
    const major = Number(str('major') ?? '2');
    if (major !== 2 && major !== 3) throw new Error(`--major must be 2 or 3, got ${str('major')}`);
    return new XuiSimulator({ major, totpSecret: str('totp-secret'), apiToken: str('api-token'), ...common });
  }
  throw new Error(`--kind must be marzban, pasarguard or xui, got "${kind}"`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'base-path': { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      demo: { type: 'boolean', default: false },
      major: { type: 'string' },
      'totp-secret': { type: 'string' },
      'api-token': { type: 'string' },
      version: { type: 'string' },
      'page-limit': { type: 'string' },
    },
  });
  const sim = buildSimulator(values);
  await sim.start();
  if (values.demo) startDemo(sim);
  console.log(`panel-sim ${String(values.kind).toLowerCase()} listening on ${sim.url}`);
  const shutdown = async (): Promise<void> => {
    await sim.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
