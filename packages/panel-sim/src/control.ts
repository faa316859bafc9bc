/**
 * The control API every panel simulator serves on its own port under `/__sim/` (outside the panel's
 * base path, never logged or faulted): Playwright, the demo and curl drive a running simulator with it.
 *
 *   GET  /__sim/state                      → { kind, url, users: SimUserState[], requests }
 *   POST /__sim/users {key, inbound?, protocol?, dataLimit?, expiresAt?, enabled?}
 *   POST /__sim/users/:key/delete
 *   POST /__sim/traffic {key, up, down}
 *   POST /__sim/users/:key/reset
 *   POST /__sim/users/:key/enabled {enabled}
 *   POST /__sim/fail {count, status?, body?, path?}   path: a regexp; only requests to matching paths fail
 *   POST /__sim/delay {ms}
 *   POST /__sim/outage {ms}                 the port refuses for ms, then comes back
 *   POST /__sim/expire-sessions
 */
import type { SimHandler, SimRequest, SimResponse } from './http-sim';
import type { PanelSimulator } from './panel-simulator';

class BadRequest extends Error {}

const num = (b: Record<string, unknown>, k: string, dflt?: number): number => {
  const v = b[k] ?? dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new BadRequest(`"${k}" must be a number >= 0`);
  return v;
};
const str = (b: Record<string, unknown>, k: string): string => {
  const v = b[k];
  if (typeof v !== 'string' || v === '') throw new BadRequest(`"${k}" must be a non-empty string`);
  return v;
};

export function controlHandler(sim: PanelSimulator): SimHandler {
  return async (req: SimRequest): Promise<SimResponse> => {
    const b = req.body;
    const key = (m: RegExpExecArray) => decodeURIComponent(m[1]);
    try {
      if (req.method === 'GET' && req.path === '/state') return ok({ kind: sim.kind, url: sim.url, users: sim.users(), requests: sim.http.requests.length });
      if (req.method !== 'POST') return { status: 404, body: { error: 'no such control route' } };
      if (req.path === '/users') {
        sim.addUser({
          key: str(b, 'key'),
          inbound: b.inbound === undefined ? undefined : num(b, 'inbound'),
          protocol: b.protocol === undefined ? undefined : str(b, 'protocol'),
          dataLimit: b.dataLimit === undefined ? undefined : num(b, 'dataLimit'),
          expiresAt: typeof b.expiresAt === 'string' ? new Date(b.expiresAt) : null,
          enabled: b.enabled === undefined ? true : b.enabled === true,
        });
        return ok(sim.user(str(b, 'key')));
      }
      if (req.path === '/traffic') {
        sim.addTraffic(str(b, 'key'), num(b, 'up', 0), num(b, 'down', 0));
        return ok(sim.user(str(b, 'key')));
      }
      let m = /^\/users\/([^/]+)\/delete$/.exec(req.path);
      if (m) return (sim.removeUser(key(m)), ok({ deleted: key(m) }));
      m = /^\/users\/([^/]+)\/reset$/.exec(req.path);
      if (m) return (sim.resetUser(key(m)), ok(sim.user(key(m))));
      m = /^\/users\/([^/]+)\/enabled$/.exec(req.path);
      if (m) return (sim.setEnabled(key(m), b.enabled === true), ok(sim.user(key(m))));
      if (req.path === '/fail') {
        const only = typeof b.path === 'string' && b.path ? new RegExp(b.path) : null;
        sim.http.failNext(num(b, 'count', 1), { status: num(b, 'status', 500), body: b.body ?? 'Internal Server Error' }, only);
        return ok({});
      }
      if (req.path === '/delay') return ((sim.http.delayMs = num(b, 'ms')), ok({}));
      if (req.path === '/outage') {
        const ms = num(b, 'ms');
        setTimeout(() => void sim.stop().then(() => setTimeout(() => void sim.start(), ms)), 10);
        return ok({});
      }
      if (req.path === '/expire-sessions') return (sim.expireSessions(), ok({}));
      return { status: 404, body: { error: 'no such control route' } };
    } catch (err) {
      return { status: 400, body: { error: err instanceof Error ? err.message : String(err) } };
    }
  };
}

const ok = (body: unknown): SimResponse => ({ status: 200, body: body ?? {} });
