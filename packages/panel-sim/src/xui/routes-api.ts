/**
 * /panel/api: checkAPIAuth (a v3 Bearer token, or a logged-in session; anything else is a bare 404 so
 * the API stays hidden, or 401 for an XHR caller on v3), v3's CSRFMiddleware on unsafe methods (bare
 * 403), then the inbound and server controllers (web/controller/inbound.go, server.go, api.go).
 */
import type { HttpSim, SimHandler, SimRequest, SimResponse } from '../http-sim';
import { bearerToken, csrfValid } from './auth';
import { addClients, addInbound, delClient, delClientByEmail, delDepletedClients, type InboundPatch, updateClient } from './client-ops';
import type { XuiContext } from './context';
import { goParse, MSG, withError, XuiFailure, XuiPanic } from './messages';
import { clientTrafficJson, inboundJson, text, type XuiInbound } from './models';
import { bare, envelope } from './respond';
import { serverStatus } from './server-status';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

function guarded(ctx: XuiContext, handler: SimHandler): SimHandler {
  return (req) => {
    const token = bearerToken(req);
    const byToken = ctx.major === 3 && !!ctx.apiToken && token === ctx.apiToken;
    if (!byToken) {
      const session = ctx.sessions.read(req);
      if (!session.loggedIn) return bare(ctx.major === 3 && req.headers['x-requested-with'] === 'XMLHttpRequest' ? 401 : 404);
      if (ctx.major === 3 && !SAFE.has(req.method) && !csrfValid(req, session)) return bare(403);
    }
    return handler(req);
  };
}

/** Runs a service call the way the controllers do: `{success:false, msg: "<msg> (<err>)"}` on error, a bare 500 on a panic. */
function service(failMsg: string, run: () => SimResponse): SimResponse {
  try {
    return run();
  } catch (err) {
    if (err instanceof XuiPanic) return bare(500);
    if (err instanceof XuiFailure) return envelope(false, withError(failMsg, err.message));
    throw err;
  }
}

const goType = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v);
const isJson = (req: SimRequest): boolean => String(req.headers['content-type'] ?? '').includes('application/json');

/** gin's ShouldBind into model.Inbound, for the fields a request carries: JSON types checked, form strings converted. */
function bindField(req: SimRequest, field: string, kind: 'int' | 'string' | 'bool'): unknown {
  const v = req.body[field];
  if (v === undefined) return kind === 'int' ? 0 : kind === 'bool' ? false : '';
  const goKind = kind === 'int' ? 'int' : kind;
  if (isJson(req)) {
    const ok = kind === 'int' ? Number.isInteger(v) : kind === 'bool' ? typeof v === 'boolean' : typeof v === 'string';
    if (!ok) throw new XuiFailure(`json: cannot unmarshal ${goType(v)} into Go struct field Inbound.${field} of type ${goKind}`);
    return v;
  }
  const s = String(v);
  if (kind === 'string') return s;
  if (kind === 'bool') {
    if (!['true', 'false', '1', '0', ''].includes(s)) throw new XuiFailure(`strconv.ParseBool: parsing "${s}": invalid syntax`);
    return s === 'true' || s === '1';
  }
  if (!/^-?\d+$/.test(s)) throw new XuiFailure(`strconv.ParseInt: parsing "${s}": invalid syntax`);
  return Number(s);
}

function bindBody(req: SimRequest): void {
  if (isJson(req) && req.rawBody.trim() !== '') goParse(req.rawBody);
}

function bindPatch(req: SimRequest): InboundPatch {
  bindBody(req);
  return { id: bindField(req, 'id', 'int') as number, settings: bindField(req, 'settings', 'string') as string };
}

function bindInbound(req: SimRequest): Partial<XuiInbound> & { protocol: string; settings: string } {
  bindBody(req);
  const s = (k: string) => bindField(req, k, 'string') as string;
  const n = (k: string) => bindField(req, k, 'int') as number;
  return {
    up: BigInt(n('up')),
    down: BigInt(n('down')),
    total: BigInt(n('total')),
    remark: s('remark'),
    enable: bindField(req, 'enable', 'bool') as boolean,
    expiryTime: n('expiryTime'),
    listen: s('listen'),
    port: n('port'),
    protocol: s('protocol'),
    settings: s('settings'),
    streamSettings: s('streamSettings'),
    sniffing: s('sniffing'),
    ...(req.body.trafficReset !== undefined ? { trafficReset: s('trafficReset') } : {}),
  };
}

/** strconv.Atoi on a path parameter. */
function atoi(v: string): number {
  if (!/^[+-]?\d+$/.test(v)) throw new XuiFailure(`strconv.Atoi: parsing "${v}": invalid syntax`);
  return Number(v);
}

function inboundsList(ctx: XuiContext): SimResponse {
  ctx.state.disableInvalidClients();
  const rows = [...ctx.state.traffics.values()].sort((a, b) => a.id - b.id);
  const inbounds = [...ctx.state.inbounds.values()].sort((a, b) => a.id - b.id);
  return envelope(
    true,
    '',
    inbounds.map((i) => {
      const byEmail = new Map(ctx.state.clientsOf(i).map((c) => [text(c.email).toLowerCase(), c]));
      return inboundJson(i, rows.filter((t) => t.inboundId === i.id).map((t) => clientTrafficJson(t, byEmail.get(t.email.toLowerCase()))));
    }),
  );
}

export function registerApiRoutes(http: HttpSim, ctx: XuiContext): void {
  const { state, major } = ctx;
  const api = (method: string, path: string, handler: SimHandler) => http.route(method, `/panel/api${path}`, guarded(ctx, handler));
  const ok = (msg: string, obj: unknown = null) => envelope(true, msg, obj);
  /** A handler whose request binding failed answers with `bindMsg`, its service error with `failMsg`. */
  const call = (bindMsg: string, failMsg: string, run: (req: SimRequest) => () => SimResponse): SimHandler => {
    return (req) => {
      let action: () => SimResponse;
      try {
        action = run(req);
      } catch (err) {
        if (err instanceof XuiFailure) return envelope(false, withError(bindMsg, err.message));
        throw err;
      }
      return service(failMsg, action);
    };
  };
  const p = (req: SimRequest, k: string) => req.params[k] ?? '';

  api('GET', '/inbounds/list', () => inboundsList(ctx));
  api('GET', '/inbounds/get/:id', call(MSG.obtain, MSG.obtain, (req) => {
    const id = atoi(p(req, 'id'));
    return () => ok('', inboundJson(state.getInbound(id), null));
  }));
  api('GET', '/inbounds/getClientTraffics/:email', call(MSG.trafficGetError, MSG.trafficGetError, (req) => () => {
    const { traffic, entry } = state.trafficWithClient(p(req, 'email'));
    return ok('', clientTrafficJson(traffic, entry));
  }));
  api('POST', '/inbounds/add', call(MSG.inboundCreated, MSG.somethingWentWrong, (req) => {
    const fields = bindInbound(req);
    return () => ok(MSG.inboundCreated, inboundJson(addInbound(state, fields), null));
  }));
  api('POST', '/inbounds/addClient', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const patch = bindPatch(req);
    return () => (addClients(state, major, patch), ok(MSG.clientsAdded));
  }));
  api('POST', '/inbounds/updateClient/:clientId', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const patch = bindPatch(req);
    return () => (updateClient(state, major, patch, p(req, 'clientId')), ok(MSG.clientUpdated));
  }));
  api('POST', '/inbounds/:id/delClient/:clientId', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delClient(state, id, p(req, 'clientId')), ok(MSG.clientDeleted));
  }));
  api('POST', '/inbounds/:id/delClientByEmail/:email', call('Invalid inbound ID', MSG.deleteByEmailFailed, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delClientByEmail(state, id, p(req, 'email')), ok(MSG.clientDeletedByEmail));
  }));
  api('POST', '/inbounds/:id/resetClientTraffic/:email', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (state.resetClientTraffic(id, p(req, 'email')), ok(MSG.clientTrafficReset));
  }));
  api('POST', '/inbounds/resetAllTraffics', () => (state.resetAllTraffics(), ok(MSG.allTrafficReset)));
  api('POST', '/inbounds/resetAllClientTraffics/:id', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (state.resetAllClientTraffics(id), ok(MSG.allClientTrafficReset));
  }));
  api('POST', '/inbounds/delDepletedClients/:id', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delDepletedClients(state, id), ok(MSG.depletedDeleted));
  }));
  if (major === 3) {
    api('POST', '/inbounds/:id/resetTraffic', call(MSG.inboundUpdated, MSG.somethingWentWrong, (req) => {
      const id = atoi(p(req, 'id'));
      return () => (state.resetInboundTraffic(id), ok(MSG.inboundTrafficReset));
    }));
  }
  api('GET', '/server/status', () => ok('', serverStatus(ctx)));
  api('GET', '/server/getPanelUpdateInfo', () => {
    if (ctx.updateCheckOnline) return ok('', { currentVersion: ctx.version, latestVersion: ctx.version, updateAvailable: false });
    return major === 3 ? envelope(false, '') : envelope(false, withError('Panel update check failed', 'GitHub is unreachable'));
  });
}
