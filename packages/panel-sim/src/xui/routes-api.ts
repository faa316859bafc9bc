/**
 * /panel/api behind api-guard.ts: the inbound and server controllers (web/controller/inbound.go,
 * server.go). Up to v3.0.x the inbound controller also edits clients, by inbound and protocol key;
 * from v3.1.0 those routes are gone and routes-clients.ts serves the email-keyed clients API.
 */
import type { HttpSim, SimHandler, SimRequest, SimResponse } from '../http-sim';
import { atoi, bound, guarded, isJson } from './api-guard';
import { addClients, addInbound, delClient, delClientByEmail, delDepletedClients, type InboundPatch, updateClient } from './client-ops';
import type { XuiContext } from './context';
import { goParse, withError, XuiFailure } from './messages';
import { clientTrafficJson, inboundJson, text, type XuiInbound } from './models';
import { envelope } from './respond';
import { registerClientsRoutes } from './routes-clients';
import { serverStatus } from './server-status';

const goType = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v);

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

/** `nested` (v3.1 on): Inbound.UnmarshalJSON also takes settings, streamSettings and sniffing as JSON objects. */
function bindInbound(req: SimRequest, nested: boolean): Partial<XuiInbound> & { protocol: string; settings: string } {
  bindBody(req);
  const columns = new Set(['settings', 'streamSettings', 'sniffing']);
  const s = (k: string) => {
    const v = req.body[k];
    if (nested && isJson(req) && columns.has(k) && v !== null && typeof v === 'object') return JSON.stringify(v);
    return bindField(req, k, 'string') as string;
  };
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

/** The counters rows shown with an inbound: its own; from v3.4.0 also those of clients it shares with an inbound that owns their row. */
function statsOf(ctx: XuiContext, inbound: XuiInbound): Record<string, unknown>[] {
  const { state, features } = ctx;
  const byEmail = new Map(state.clientsOf(inbound).map((c) => [text(c.email).toLowerCase(), c]));
  const rows = [...state.traffics.values()].sort((a, b) => a.id - b.id);
  const shown = rows.filter((t) => t.inboundId === inbound.id || (features.sharedStats && byEmail.has(t.email.toLowerCase())));
  return shown.map((t) => clientTrafficJson(t, byEmail.get(t.email.toLowerCase()), !features.clientsApi));
}

function inboundsList(ctx: XuiContext): SimResponse {
  const inbounds = [...ctx.state.inbounds.values()].sort((a, b) => a.id - b.id);
  return envelope(true, '', inbounds.map((i) => inboundJson(i, statsOf(ctx, i), ctx.features.clientsApi)));
}

/** The inbound controller's client routes, as v2.x and v3.0.x have them (all gone in v3.1.0). */
function registerInboundClientRoutes(ctx: XuiContext, api: (method: string, path: string, handler: SimHandler) => void): void {
  const { state, major, msg } = ctx;
  const ok = (text: string, obj: unknown = null) => envelope(true, text, obj);
  const p = (req: SimRequest, k: string) => req.params[k] ?? '';
  api('GET', '/inbounds/getClientTraffics/:email', bound(msg.trafficGetError, msg.trafficGetError, (req) => () => {
    const { traffic, entry } = state.trafficWithClient(p(req, 'email'));
    return ok('', clientTrafficJson(traffic, entry));
  }));
  api('POST', '/inbounds/addClient', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const patch = bindPatch(req);
    return () => (addClients(state, major, patch), ok(msg.clientsAdded));
  }));
  api('POST', '/inbounds/updateClient/:clientId', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const patch = bindPatch(req);
    return () => (updateClient(state, major, patch, p(req, 'clientId')), ok(msg.clientUpdated));
  }));
  api('POST', '/inbounds/:id/delClient/:clientId', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delClient(state, id, p(req, 'clientId')), ok(msg.clientDeleted));
  }));
  api('POST', '/inbounds/:id/delClientByEmail/:email', bound('Invalid inbound ID', msg.deleteByEmailFailed, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delClientByEmail(state, id, p(req, 'email')), ok(msg.clientDeletedByEmail));
  }));
  api('POST', '/inbounds/:id/resetClientTraffic/:email', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (state.resetClientTraffic(id, p(req, 'email')), ok(msg.clientTrafficReset));
  }));
  api('POST', '/inbounds/resetAllClientTraffics/:id', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (state.resetAllClientTraffics(id), ok(msg.allClientTrafficReset));
  }));
  api('POST', '/inbounds/delDepletedClients/:id', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
    const id = atoi(p(req, 'id'));
    return () => (delDepletedClients(state, id), ok(msg.depletedDeleted));
  }));
}

export function registerApiRoutes(http: HttpSim, ctx: XuiContext): void {
  const { state, major, msg, features } = ctx;
  const api = (method: string, path: string, handler: SimHandler) => http.route(method, `/panel/api${path}`, guarded(ctx, handler));
  const ok = (text: string, obj: unknown = null) => envelope(true, text, obj);
  const p = (req: SimRequest, k: string) => req.params[k] ?? '';

  api('GET', '/inbounds/list', () => inboundsList(ctx));
  api('GET', '/inbounds/get/:id', bound(msg.obtain, msg.obtain, (req) => {
    const id = atoi(p(req, 'id'));
    return () => {
      const inbound = state.getInbound(id);
      return ok('', inboundJson(inbound, features.detailStats ? statsOf(ctx, inbound) : null, features.clientsApi));
    };
  }));
  api('POST', '/inbounds/add', bound(msg.inboundCreated, msg.somethingWentWrong, (req) => {
    const fields = bindInbound(req, features.clientsApi);
    return () => ok(msg.inboundCreated, inboundJson(addInbound(state, fields), null, features.clientsApi));
  }));
  api('POST', '/inbounds/resetAllTraffics', () => (state.resetAllTraffics(), ok(msg.allTrafficReset)));
  if (major === 3) {
    api('POST', '/inbounds/:id/resetTraffic', bound(msg.inboundUpdated, msg.somethingWentWrong, (req) => {
      const id = atoi(p(req, 'id'));
      return () => (state.resetInboundTraffic(id), ok(msg.inboundTrafficReset));
    }));
  }
  if (features.clientsApi) registerClientsRoutes(ctx, api);
  else registerInboundClientRoutes(ctx, api);
  api('GET', '/server/status', () => ok('', serverStatus(ctx)));
  api('GET', '/server/getPanelUpdateInfo', () => {
    if (ctx.updateCheckOnline) return ok('', { currentVersion: ctx.version, latestVersion: ctx.version, updateAvailable: false });
    return major === 3 ? envelope(false, '') : envelope(false, withError('Panel update check failed', 'GitHub is unreachable'));
  });
}
