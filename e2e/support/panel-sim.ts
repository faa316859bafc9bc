import { gql } from './api';
import { CONNECTORS, DELETE_CONNECTOR, USERS_WITH_PANELS } from './documents';
import { PANEL_SIM_URL } from './env';
import type { E2eUsersWithPanelsQuery } from './generated/graphql';

/** A user as the panel simulator holds it (what the panel's own database says). Bytes as numbers. */
export interface PanelSimUser {
  key: string;
  inbound: number | null;
  /** Enabled in the panel (Marzban: status active or on_hold). */
  enabled: boolean;
  /** The panel's own word: active, disabled, limited, expired, on_hold. */
  status: string;
  up: number;
  down: number;
  used: number;
  moved: number;
  dataLimit: number;
  expiresAt: string | null;
}

export interface PanelSimState {
  kind: string;
  url: string;
  users: PanelSimUser[];
  /** Requests the panel API has served so far. */
  requests: number;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${PANEL_SIM_URL}/__sim${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`panel simulator ${method} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const at = (key: string) => `/users/${encodeURIComponent(key)}`;

/** Drives the panel simulator through its control API (the tests' hand on the "panel"). */
export const panelSim = {
  state: () => call<PanelSimState>('GET', '/state'),
  async user(key: string): Promise<PanelSimUser | undefined> {
    return (await panelSim.state()).users.find((u) => u.key === key);
  },
  /** A user created in the panel (by its operator, not by us). dataLimit in bytes; enabled false = disabled by hand. */
  addUser: (u: { key: string; dataLimit?: number; expiresAt?: string; enabled?: boolean }) => call<PanelSimUser>('POST', '/users', u),
  /** Deleted in the panel behind our back. */
  removeUser: (key: string) => call<unknown>('POST', `${at(key)}/delete`),
  /** Traffic the user moved (Marzban keeps it all as used_traffic). */
  traffic: (key: string, up: number, down: number) => call<PanelSimUser>('POST', '/traffic', { key, up, down }),
  /** An operator enabling or disabling the user by hand in the panel. */
  setEnabled: (key: string, enabled: boolean) => call<PanelSimUser>('POST', `${at(key)}/enabled`, { enabled }),
  /** The next `count` panel API calls fail with this status and body (the panel's own message). */
  fail: (count: number, status = 500, body?: unknown) => call<unknown>('POST', '/fail', { count, status, body }),
  /** The panel refuses connections for `ms`, then comes back. */
  outage: (ms: number) => call<unknown>('POST', '/outage', { ms }),
};

/** Removes the connectors of these names (a spec's cleanup), if they are still there. */
export async function deleteConnectors(admin: string, names: string[]): Promise<void> {
  const { connectors } = await gql(CONNECTORS, {}, admin);
  for (const c of connectors.filter((x) => names.includes(x.name))) await gql(DELETE_CONNECTOR, { id: c.id }, admin);
}

export type UserWithPanels = E2eUsersWithPanelsQuery['users']['nodes'][number];

/** Our user of that exact name, with its usage and the panels it lives in, as the API reports them (admins). */
export async function userWithPanels(admin: string, username: string): Promise<UserWithPanels | undefined> {
  const d = await gql(USERS_WITH_PANELS, { search: username }, admin);
  return d.users.nodes.find((u) => u.username === username);
}
