import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RouterOsSimulator, type SimOptions } from '@tm/routeros-sim';
import { ok, type TestApp } from './test-app';
import { unique } from './factories';

export const SIM_USER = { name: 'api-user', password: 'router-pass-1' };

/** Router settings short enough for tests: fast timeouts and retries. */
export const ROUTER_ENV = { ROUTER_TIMEOUT_MS: '1500', ROUTER_RETRY_MS: '200', ROUTER_RETRY_MAX_MS: '1000', ROUTER_LIVE_POLL_MS: '300' };

export async function startSim(opts: SimOptions = {}): Promise<RouterOsSimulator> {
  const sim = new RouterOsSimulator({ users: [SIM_USER], identity: 'hotspot-gw', ...opts });
  await sim.start();
  return sim;
}

export const ROUTER_FIELDS = 'id name host port tls username status lastError lastContactAt identity version latencyMs nextAttemptAt serverId';
export const ASSIGNMENT_FIELDS = 'id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName state lastError attempts appliedAt';

/** Adds the simulator as a router through the API (as admin). */
export async function addRouter(app: TestApp, sim: RouterOsSimulator, input: Record<string, unknown> = {}) {
  const { createRouter } = ok(
    await app.gql(`mutation($input: CreateRouterInput!) { createRouter(input: $input) { ${ROUTER_FIELDS} } }`, {
      input: { name: unique('gw'), host: sim.host, port: sim.port, username: SIM_USER.name, password: SIM_USER.password, ...input },
    }, { token: app.adminToken }),
  );
  return createRouter as { id: string; name: string; serverId: string; status: string };
}

export const SET_LIMIT = `mutation($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ${ASSIGNMENT_FIELDS} } }`;
export const REMOVE_LIMIT = `mutation($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }`;

export const setLimit = (app: TestApp, input: Record<string, unknown>, token = app.adminToken) => app.gql(SET_LIMIT, { input }, { token });
export const removeLimit = (app: TestApp, input: Record<string, unknown>, token = app.adminToken) => app.gql(REMOVE_LIMIT, { input }, { token });

export async function assignments(app: TestApp, routerId?: string, token = app.adminToken) {
  return ok(await app.gql(`query($r: ID) { bandwidthAssignments(routerId: $r) { ${ASSIGNMENT_FIELDS} } }`, { r: routerId ?? null }, { token }))
    .bandwidthAssignments as { id: string; macAddress: string; state: string; lastError: string | null; up: string; down: string }[];
}

/** Our queue for a MAC as the router holds it, max-limit as RouterOS prints it (upload/download bits/s). */
export function queueOf(sim: RouterOsSimulator, mac: string) {
  const q = sim.queues().find((x) => x.name === `tm-${mac}`);
  return q && { name: q.name, target: q.target, maxLimit: `${q.maxLimit[0]}/${q.maxLimit[1]}`, disabled: q.disabled };
}

let macSeq = 0x10;
/** A fresh MAC for each test. */
export const nextMac = () => `02:00:00:00:${(Math.floor(macSeq / 256) % 256).toString(16).padStart(2, '0').toUpperCase()}:${(macSeq++ % 256).toString(16).padStart(2, '0').toUpperCase()}`;
let ipSeq = 10;
export const nextIp = () => {
  const n = ipSeq++;
  return `10.5.${50 + Math.floor(n / 250)}.${(n % 250) + 2}`;
};

/** A throwaway self-signed certificate, as a router's api-ssl has. */
export function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tm-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=router.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
