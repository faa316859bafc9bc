import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, API_PORT, API_URL, PANEL_SIM_PASSWORD, PANEL_SIM_PORT, PANEL_SIM_URL, PANEL_SIM_USER, SIM_CONTROL_PORT, SIM_CONTROL_URL, SIM_PASSWORD, SIM_PORT, SIM_USER, WEB_PORT, WEB_URL } from './support/env';

const root = path.resolve(__dirname, '..');
// One fresh database per run (workers re-read this config; the env var keeps the path stable).
process.env.E2E_DATABASE_FILE ??= path.join(os.tmpdir(), `tm-e2e-${Date.now()}.sqlite`);
const reuse = process.env.E2E_REUSE_SERVERS === '1';

/**
 * Runs against the BUILT API and web (`npm run build` first): the API on a fresh SQLite file,
 * the portal with `next start`. Chromium comes from Debian (/usr/bin/chromium), never downloaded.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // scripts/test.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect the counts for its summary line.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: WEB_URL,
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      name: 'api',
      command: 'node apps/api/dist/main.js',
      cwd: root,
      url: `${API_URL}/healthz`,
      reuseExistingServer: reuse,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: `sqlite:${process.env.E2E_DATABASE_FILE}`,
        ADMIN_USERNAME,
        ADMIN_PASSWORD,
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        JOBS_PROCESS_EVERY: '1 second',
        LOG_LEVEL: 'warn',
        // Bandwidth: reconcile routers every 2 s and read live sessions every second (defaults 10 s / 2 s).
        ROUTER_POLL_INTERVAL: '2 seconds',
        ROUTER_LIVE_POLL_MS: '1000',
        ROUTER_TIMEOUT_MS: '3000',
        ROUTER_RETRY_MS: '1000',
        ROUTER_RETRY_MAX_MS: '4000',
        // Connectors (VPN panels): look for due panels every second (each connector's own interval is 10 s at least).
        CONNECTOR_TICK: '1 second',
        CONNECTOR_TIMEOUT_MS: '3000',
        CONNECTOR_RETRY_MS: '1000',
        CONNECTOR_RETRY_MAX_MS: '4000',
      },
    },
    {
      // A simulated MikroTik (RouterOS API on SIM_PORT) with an HTTP control API the specs drive.
      name: 'routeros-sim',
      command: `node packages/routeros-sim/dist/cli.js --port ${SIM_PORT} --control-port ${SIM_CONTROL_PORT} --user ${SIM_USER} --password ${SIM_PASSWORD}`,
      cwd: root,
      url: `${SIM_CONTROL_URL}/state`,
      reuseExistingServer: reuse,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A simulated Marzban panel (its admin API on PANEL_SIM_PORT) with the `/__sim/` control API the specs drive on the same port.
      name: 'panel-sim',
      command: `node packages/panel-sim/dist/cli.js --kind marzban --port ${PANEL_SIM_PORT} --username ${PANEL_SIM_USER} --password ${PANEL_SIM_PASSWORD}`,
      cwd: root,
      url: `${PANEL_SIM_URL}/__sim/state`,
      reuseExistingServer: reuse,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'web',
      command: `node ${path.join(root, 'node_modules/next/dist/bin/next')} start -p ${WEB_PORT}`,
      cwd: path.join(root, 'apps/web'),
      url: `${WEB_URL}/login`,
      reuseExistingServer: reuse,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        API_URL,
        NEXTAUTH_URL: WEB_URL,
        NEXTAUTH_SECRET: 'e2e-only-secret-7f3c9a1b5d2e8f4a6c0b9d7e1f3a5c8b',
        PORT: String(WEB_PORT),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
