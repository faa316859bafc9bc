/**
 * A small HTTP JSON API on 127.0.0.1 that drives a running simulator (Playwright, the demo, curl).
 * In GET /state, pairs come as RouterOS prints them (`maxLimit: '512000/2000000'`, upload first) and as
 * numbers (`maxLimitUp`…); counters are JSON numbers (exact up to 2^53 bytes); rates are bits per second.
 */
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { SimSession } from './hotspot';
import { SimQueue } from './queues';
import { formatPair } from './ros-values';
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

function count(body: Body, key: string): number {
  const v = body[key] ?? 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new BadRequest(`"${key}" must be a number >= 0`);
  return v;
}

function flag(body: Body, key: string): boolean {
  if (typeof body[key] !== 'boolean') throw new BadRequest(`"${key}" must be true or false`);
  return body[key] as boolean;
}

/** A queue as plain JSON: pairs both as RouterOS prints them ('512000/2000000') and as numbers. */
function queueJson(q: SimQueue) {
  return {
    id: q.id, name: q.name, target: q.target, disabled: q.disabled, comment: q.comment ?? null,
    maxLimit: formatPair(q.maxLimit), limitAt: formatPair(q.limitAt), bytes: formatPair(q.bytes),
    packets: formatPair(q.packets), rate: formatPair(q.rate),
    maxLimitUp: q.maxLimit[0], maxLimitDown: q.maxLimit[1], bytesUp: Number(q.bytes[0]), bytesDown: Number(q.bytes[1]),
    rateUp: q.rate[0], rateDown: q.rate[1],
  };
}

function sessionJson(s: SimSession) {
  return {
    id: s.id, server: s.server, user: s.user, address: s.address, macAddress: s.macAddress, loginBy: s.loginBy,
    uptimeSeconds: s.uptimeSeconds, idleSeconds: s.idleSeconds, bytesIn: Number(s.bytesIn), bytesOut: Number(s.bytesOut),
    packetsIn: Number(s.packetsIn), packetsOut: Number(s.packetsOut), rateUp: s.rate[0], rateDown: s.rate[1],
  };
}

const ROUTES: Record<string, Route> = {
  'GET /state': (sim) => ({ port: sim.port, sessions: sim.sessions().map(sessionJson), queues: sim.queues().map(queueJson) }),
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
  'POST /drift': (sim, b) => {
    const fields = b.fields;
    if (!fields || typeof fields !== 'object') throw new BadRequest('"fields" must be an object of strings');
    sim.editQueue(text(b, 'name'), Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])));
  },
  'POST /fail': (sim, b) => {
    const category = b.category === undefined ? undefined : count(b, 'category');
    sim.failNext(text(b, 'command'), text(b, 'message'), { category, times: b.times === undefined ? 1 : count(b, 'times') });
  },
};

function route(method: string, path: string): { handler?: Route; param: string } {
  const exact = ROUTES[`${method} ${path}`];
  if (exact) return { handler: exact, param: '' };
  const m = /^\/sessions\/([^/]+)$/.exec(path);
  if (m && method === 'DELETE') return { handler: ROUTES['DELETE /sessions/:mac'], param: decodeURIComponent(m[1]) };
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
  const server = http.createServer(async (req, res) => {
    const { handler, param } = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname);
    if (!handler) return send(res, 404, { error: `no route ${req.method} ${req.url}` });
    try {
      send(res, 200, await handler(sim, await readBody(req), param));
    } catch (e) {
      send(res, e instanceof BadRequest ? 400 : 409, { error: e instanceof Error ? e.message : String(e) });
    }
  });
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
