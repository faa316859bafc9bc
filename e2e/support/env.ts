export const API_PORT = Number(process.env.E2E_API_PORT ?? 4100);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
/** The RouterOS simulator (packages/routeros-sim): its API port, its HTTP control port, and the router login. */
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 18728);
export const SIM_CONTROL_PORT = Number(process.env.E2E_SIM_CONTROL_PORT ?? 18729);
export const SIM_CONTROL_URL = `http://127.0.0.1:${SIM_CONTROL_PORT}`;
export const SIM_USER = 'tm-api';
export const SIM_PASSWORD = 'sim-pass-e2e-456';
/** The Marzban panel simulator (packages/panel-sim): the panel's API and its `/__sim/` control API on one port, and the panel admin. */
export const PANEL_SIM_PORT = Number(process.env.E2E_PANEL_SIM_PORT ?? 18800);
export const PANEL_SIM_URL = `http://127.0.0.1:${PANEL_SIM_PORT}`;
export const PANEL_SIM_USER = 'admin';
export const PANEL_SIM_PASSWORD = 'panel-pass-e2e-789';
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'admin-pass-e2e-123';
export const GB = 1024n ** 3n;

/** Unique names per run, so specs never collide even against a reused database. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
