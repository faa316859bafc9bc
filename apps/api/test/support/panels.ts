import { MarzbanSimulator, XuiSimulator, type PanelSimulator } from '@tm/panel-sim';
import { ok, type TestApp } from './test-app';

export const PANEL_ADMIN = { username: 'panel-admin', password: 'Panel-pass-1' };

/** The panel flavours, each a real HTTP simulator that the real connector client talks to. */
export interface PanelCase {
  name: string;
  kind: 'MARZBAN' | 'PASARGUARD' | 'XUI';
  /** Its counters survive a reset in the panel (Marzban's lifetime_used_traffic). */
  lifetime: boolean;
  make(): PanelSimulator;
}

export const MARZBAN: PanelCase = { name: 'Marzban', kind: 'MARZBAN', lifetime: true, make: () => new MarzbanSimulator({ kind: 'MARZBAN', ...PANEL_ADMIN, pageLimit: 7 }) };
export const PASARGUARD: PanelCase = { name: 'PasarGuard', kind: 'PASARGUARD', lifetime: true, make: () => new MarzbanSimulator({ kind: 'PASARGUARD', ...PANEL_ADMIN, pageLimit: 7 }) };
export const XUI2: PanelCase = { name: '3x-ui v2', kind: 'XUI', lifetime: false, make: () => new XuiSimulator({ major: 2, ...PANEL_ADMIN }) };
export const XUI3: PanelCase = { name: '3x-ui v3', kind: 'XUI', lifetime: false, make: () => new XuiSimulator({ major: 3, ...PANEL_ADMIN }) };
/** 3x-ui v3.1 on moved client operations to the email-keyed clients API. */
export const XUI36: PanelCase = { name: '3x-ui v3.6', kind: 'XUI', lifetime: false, make: () => new XuiSimulator({ major: 3, version: '3.6.0', ...PANEL_ADMIN }) };

export const CONNECTOR_FIELDS = 'id name kind url status lastError lastSyncAt version panelUsers unmappedUsers heldUsers';
export const CREATE_CONNECTOR = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${CONNECTOR_FIELDS} } }`;
export const POLL = 'mutation($id: ID!) { pollConnector(connectorId: $id) { ok error samples bytes disabled enabled failedPushes } }';
export const PANEL_USERS = 'query($id: ID!, $u: Boolean) { panelUsers(connectorId: $id, unmappedOnly: $u, first: 500) { inbound panelKey username enabled held panelStatus up down } }';
export const IMPORT = 'mutation($c: ID!, $a: ID!) { importConnectorUsers(connectorId: $c, agentId: $a) { imported skipped unmapped skippedUsers { panelKey reason } } }';

export async function startPanel(c: PanelCase): Promise<PanelSimulator> {
  const sim = c.make();
  await sim.start();
  return sim;
}

/** Adds the simulator as a connector (as admin) and returns its id. */
export async function addConnector(app: TestApp, c: PanelCase, sim: PanelSimulator, input: Record<string, unknown> = {}): Promise<string> {
  const { createConnector } = ok(
    await app.gql(CREATE_CONNECTOR, { input: { name: `${c.name} ${Math.random().toString(36).slice(2, 8)}`, kind: c.kind, url: sim.url, ...PANEL_ADMIN, ...input } }, { token: app.adminToken }),
  );
  return createConnector.id as string;
}

/** One poll through GraphQL; fails the test when the panel couldn't be read. */
export async function poll(app: TestApp, connectorId: string) {
  const { pollConnector } = ok(await app.gql(POLL, { id: connectorId }, { token: app.adminToken }));
  return pollConnector as { ok: boolean; error: string | null; samples: number; bytes: string; disabled: number; enabled: number; failedPushes: number };
}

/** A seeded generator, so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
