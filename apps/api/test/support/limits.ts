import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ok, type TestApp } from './test-app';
import { postWebhook } from './traffic';

export const GB = 1024 ** 3;

/** Polls `read` until `done` holds for what it returned (the post-ingest check runs after the ingest answers). */
export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Reports `bytes` of download for a user through the real webhook; the answer must accept it. */
export async function sendBytes(app: TestApp, serverToken: string, userToken: string, bytes: number, id?: string) {
  const res = await postWebhook(app, serverToken, JSON.stringify([{ id, user_token: userToken, bytes_uploaded: 0, bytes_downloaded: bytes }]));
  if (res.status !== 200 || res.body.accepted !== 1) throw new Error(`webhook refused: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function statusOf(app: TestApp, userId: string): Promise<string> {
  return ok(await app.gql('query($id: ID!) { user(id: $id) { status } }', { id: userId }, { token: app.adminToken })).user.status;
}

export const AGENT_TRAFFIC = `query($id: ID!) { agentTraffic(agentId: $id) {
  agentId username limit quotaMode charged allocated remaining percent exceeded soldOut maxUsers users userSlotsLeft
  activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers } }`;

export async function trafficOf(app: TestApp, agentId: string) {
  return ok(await app.gql(AGENT_TRAFFIC, { id: agentId }, { token: app.adminToken })).agentTraffic;
}

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local HTTP receiver for the outgoing webhook; `answer` decides each response's status (or hangs with 0). */
export async function startReceiver(answer: (n: number) => number = () => 204) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = answer(received.length);
      if (status === 0) return; // hang
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/alerts`,
    received,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
