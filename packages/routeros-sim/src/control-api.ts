/**
 * A small HTTP JSON API on 127.0.0.1 that drives a running simulator (Playwright, the demo, curl).
 * In GET /state, pairs come as RouterOS prints them (`maxLimit: '512000/2000000'`, upload first) and as
 * numbers (`maxLimitUp`…); counters are JSON numbers (exact up to 2^53 bytes); rates are bits per second.
 */
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { stateJson } from './control-json';
import { RouterOsSimulator } from './simulator';

export interface ControlApi {
  readonly port: number;
  close(): Promise<void>;
}

class BadRequest extends Error {}

type Body = Record<string, unknown>;
type Route = (sim: RouterOsSimulator, body: Body, param: string) => unknown | Promise<unknown>;

function text(body: Body, key: string): string {
  const v = body[key];
  if (typeof v !== 'string' || v === '') throw new BadRequest(`"${key}" must be a non-empty string`);
  return v;
}

/** Any string, '' included (an empty password is a password). */
function str(body: Body, key: string): string {
  if (typeof body[key] !== 'string') throw new BadRequest(`"${key}" must be a string`);
  return body[key] as string;
}

function count(body: Body, key: string): number {
  const v = body[key] ?? 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new BadRequest(`"${key}" must be a number >= 0`);
  return v;
}

function flag(body: Body, key: string): boolean {
  if (typeof body[key] !== 'boolean') throw new BadRequest(`"${key}" must be true or false`);
  return body[key] as boolean;
}

const optional = <T>(body: Body, key: string, read: (b: Body, k: string) => T): T | undefined =>
  body[key] === undefined ? undefined : read(body, key);

/** `{ fields: { "max-limit": "2M/2M" } }`: what someone types in Winbox, every value as a string. */
function fields(body: Body): Record<string, string> {
  const f = body.fields;
  if (!f || typeof f !== 'object' || Array.isArray(f)) throw new BadRequest('"fields" must be an object of strings');
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v)]));
}

const ROUTES: Record<string, Route> = {
  'GET /state': (sim) => stateJson(sim),
  'GET /commands': (sim) => sim.commands,
  'POST /sessions': (sim, b) => ({
    id: sim.addSession({
      user: text(b, 'user'),
      address: text(b, 'address'),
      macAddress: text(b, 'macAddress'),
      uptimeSeconds: count(b, 'uptimeSeconds'),
    }),
  }),
  'DELETE /sessions/:mac': (sim, _b, mac) => sim.endSession(mac),
  'POST /traffic': (sim, b) => sim.moveBytes(text(b, 'macAddress'), { up: count(b, 'up'), down: count(b, 'down') }),
  'POST /traffic/rate': (sim, b) => {
    const up = count(b, 'upBps');
    const down = count(b, 'downBps');
    sim.setTraffic(text(b, 'macAddress'), up === 0 && down === 0 ? null : { up, down });
  },
  'POST /reboot': (sim) => sim.reboot(),
  'POST /silent': (sim, b) => sim.setSilent(flag(b, 'silent')),
  'POST /down': (sim, b) => sim.setDown(flag(b, 'down')),
  'POST /cut': (sim) => sim.cutConnections(),
  'POST /drift': (sim, b) => sim.editQueue(text(b, 'name'), fields(b)),
  'POST /hotspot/users': (sim, b) => ({
    id: sim.addHotspotUser({
      name: text(b, 'name'), password: optional(b, 'password', str), profile: optional(b, 'profile', text),
      macAddress: optional(b, 'macAddress', text), limitBytesTotal: optional(b, 'limitBytesTotal', count),
      disabled: optional(b, 'disabled', flag), comment: optional(b, 'comment', str),
    }),
  }),
  'PATCH /hotspot/users/:name': (sim, b, name) => sim.editHotspotUser(name, fields(b)),
  'POST /hotspot/login': (sim, b) => ({
    id: sim.login({
      user: text(b, 'user'), password: optional(b, 'password', str), macAddress: text(b, 'macAddress'),
      address: text(b, 'address'), uptimeSeconds: count(b, 'uptimeSeconds'),
    }),
  }),
  'POST /ppp/secrets': (sim, b) => ({
    id: sim.addPppSecret({
      name: text(b, 'name'), password: optional(b, 'password', str), service: optional(b, 'service', text),
      profile: optional(b, 'profile', text), callerId: optional(b, 'callerId', text),
      disabled: optional(b, 'disabled', flag), comment: optional(b, 'comment', str),
    }),
  }),
  'PATCH /ppp/secrets/:name': (sim, b, name) => sim.editPppSecret(name, fields(b)),
  'POST /ppp/dial': (sim, b) => ({
    id: sim.dialPpp({
      name: text(b, 'name'), password: optional(b, 'password', str), callerId: text(b, 'callerId'),
      address: text(b, 'address'), uptimeSeconds: count(b, 'uptimeSeconds'),
    }),
  }),
  'DELETE /ppp/sessions/:name': (sim, _b, name) => sim.hangUpPpp(name),
  'POST /ppp/traffic': (sim, b) => sim.movePppBytes(text(b, 'name'), { up: count(b, 'up'), down: count(b, 'down') }),
  'POST /fail': (sim, b) => {
    const category = b.category === undefined ? undefined : count(b, 'category');
    sim.failNext(text(b, 'command'), text(b, 'message'), { category, times: b.times === undefined ? 1 : count(b, 'times') });
  },
};

/** `DELETE /ppp/sessions/:name` matches `DELETE /ppp/sessions/alice`; the param comes URL-decoded. */
function route(method: string, path: string): { handler?: Route; param: string } {
  for (const [key, handler] of Object.entries(ROUTES)) {
    const [m, pattern] = key.split(' ');
    if (m !== method) continue;
    const regex = new RegExp(`^${pattern.replace(/:[a-z]+/, '([^/]+)')}$`);
    const match = regex.exec(path);
    if (match) return { handler, param: match[1] === undefined ? '' : decodeURIComponent(match[1]) };
  }
  return { param: '' };
}

async function readBody(req: http.IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8').trim();
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Body;
  } catch {
    // answered below
  }
  throw new BadRequest('the body must be a JSON object');
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body ?? { ok: true }));
}

export async function startControlApi(sim: RouterOsSimulator, port: number): Promise<ControlApi> {
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const { handler, param } = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname);
    if (!handler) return send(res, 404, { error: `no route ${req.method} ${req.url}` });
    try {
      send(res, 200, await handler(sim, await readBody(req), param));
    } catch (e) {
      send(res, e instanceof BadRequest ? 400 : 409, { error: e instanceof Error ? e.message : String(e) });
    }
  };
  // A request's failures are answered inside serve(); node's 'request' listener ignores its promise anyway.
  const server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
