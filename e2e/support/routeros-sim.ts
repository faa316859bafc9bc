import type { Locator, Page } from '@playwright/test';
import { gql } from './api';
import { CREATE_ROUTER, DELETE_ROUTER } from './documents';
import { SIM_CONTROL_URL, SIM_PASSWORD, SIM_PORT, SIM_USER } from './env';

/** A hotspot session as the simulator's control API reports it (counters may come as strings). */
export interface SimSession {
  id: string;
  user: string;
  address: string;
  macAddress: string;
  [key: string]: unknown;
}

/** A simple queue on the simulated router. */
export interface SimQueue {
  id: string;
  name: string;
  target: string;
  maxLimit: string;
  [key: string]: unknown;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${SIM_CONTROL_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`simulator ${method} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Reads a field whatever the simulator calls it (camelCase or RouterOS's kebab-case). */
function field(o: Record<string, unknown>, ...names: string[]): string {
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return String(o[n]);
  return '';
}

function toQueue(q: Record<string, unknown>): SimQueue {
  return { ...q, id: field(q, 'id', '.id'), name: field(q, 'name'), target: field(q, 'target'), maxLimit: field(q, 'maxLimit', 'max-limit') };
}

function toSession(s: Record<string, unknown>): SimSession {
  return { ...s, id: field(s, 'id', '.id'), user: field(s, 'user'), address: field(s, 'address'), macAddress: field(s, 'macAddress', 'mac-address') };
}

/** A hotspot user (`/ip/hotspot/user`) on the simulated router. */
export interface SimHotspotUser {
  id: string;
  name: string;
  profile: string;
  macAddress: string | null;
  disabled: boolean;
  [key: string]: unknown;
}

/** A PPP secret (`/ppp/secret`) and a PPP session (`/ppp/active`). */
export interface SimPppSecret {
  id: string;
  name: string;
  disabled: boolean;
  [key: string]: unknown;
}
export interface SimPppSession {
  id: string;
  name: string;
  address: string;
  [key: string]: unknown;
}

export interface SimState {
  port: number;
  sessions: SimSession[];
  queues: SimQueue[];
  hotspotUsers: SimHotspotUser[];
  pppSecrets: SimPppSecret[];
  pppSessions: SimPppSession[];
}

/** Drives the RouterOS simulator through its HTTP control API (the tests' hand on the "router"). */
export const sim = {
  async state(): Promise<SimState> {
    const s = await call<{
      port: number;
      sessions: Record<string, unknown>[];
      queues: Record<string, unknown>[];
      hotspotUsers?: SimHotspotUser[];
      pppSecrets?: SimPppSecret[];
      pppSessions?: SimPppSession[];
    }>('GET', '/state');
    return {
      port: s.port,
      sessions: s.sessions.map(toSession),
      queues: s.queues.map(toQueue),
      hotspotUsers: s.hotspotUsers ?? [],
      pppSecrets: s.pppSecrets ?? [],
      pppSessions: s.pppSessions ?? [],
    };
  },
  /** A hotspot user made by hand on the router (as in Winbox). */
  addHotspotUser: (u: { name: string; password?: string; profile?: string; macAddress?: string; disabled?: boolean }) => call<{ id: string }>('POST', '/hotspot/users', u),
  /** Someone logs in to the hotspot with a hotspot user's name and password (refused, 409, when it is disabled). */
  hotspotLogin: (l: { user: string; password?: string; macAddress: string; address: string }) => call<{ id: string }>('POST', '/hotspot/login', l),
  /** The hotspot user of that name, if any. */
  async hotspotUser(name: string): Promise<SimHotspotUser | undefined> {
    return (await sim.state()).hotspotUsers.find((u) => u.name === name);
  },
  /** Whether a hotspot session of that MAC is on the router. */
  async hasSession(mac: string): Promise<boolean> {
    return (await sim.state()).sessions.some((s) => s.macAddress.toUpperCase() === mac.toUpperCase());
  },
  /** Someone logs in to the hotspot. */
  addSession: (s: { user: string; address: string; macAddress: string }) => call<unknown>('POST', '/sessions', s),
  /** That device logs out. */
  endSession: (mac: string) => call<unknown>('DELETE', `/sessions/${encodeURIComponent(mac)}`),
  /** Moves bytes once (up = the device's upload). */
  traffic: (macAddress: string, up: number, down: number) => call<unknown>('POST', '/traffic', { macAddress, up, down }),
  /** Continuous traffic in bits per second; 0 / 0 stops it. */
  rate: (macAddress: string, upBps: number, downBps: number) => call<unknown>('POST', '/traffic/rate', { macAddress, upBps, downBps }),
  reboot: () => call<unknown>('POST', '/reboot'),
  silent: (silent: boolean) => call<unknown>('POST', '/silent', { silent }),
  down: (down: boolean) => call<unknown>('POST', '/down', { down }),
  /** Edits a queue by hand, as in Winbox. */
  drift: (name: string, fields: Record<string, string>) => call<unknown>('POST', '/drift', { name, fields }),
  /** The queue that limits this MAC (the portal names them tm-<MAC>), if any. */
  async queueFor(mac: string): Promise<SimQueue | undefined> {
    const { queues } = await sim.state();
    return queues.find((q) => q.name === `tm-${mac.toUpperCase()}`);
  },
};

/** A random locally administered MAC, unique per run. */
export function randomMac(): string {
  const bytes = [0x02, ...Array.from({ length: 5 }, () => Math.floor(Math.random() * 256))];
  return bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** "↓ 1.6 Mbps" (as the sessions table shows a speed) → 1_600_000 bits/s. */
export function bps(text: string): number {
  const m = /([\d.]+)\s*(bps|kbps|Mbps|Gbps)/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * { bps: 1, kbps: 1e3, Mbps: 1e6, Gbps: 1e9 }[m[2] as 'bps'];
}

/** A session's row in the live table of the Bandwidth page. */
export function sessionRow(page: Page, mac: string): Locator {
  return page.getByTestId(`session-row-${mac}`);
}

/** A router pointing at the simulator, made through the API (for specs that don't test adding one). */
export async function createSimRouter(adminToken: string, name: string): Promise<{ id: string }> {
  const d = await gql(CREATE_ROUTER, { input: { name, host: '127.0.0.1', port: SIM_PORT, username: SIM_USER, password: SIM_PASSWORD } }, adminToken);
  return d.createRouter;
}

export async function deleteRouter(adminToken: string, id: string): Promise<void> {
  await gql(DELETE_ROUTER, { id }, adminToken);
}
