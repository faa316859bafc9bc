import { ok, type TestApp } from './test-app';

/** Creates a webhook server as admin; returns its id and ingest token. */
export async function makeServer(app: TestApp, name = `srv-${Math.random().toString(36).slice(2, 8)}`) {
  const r = ok(await app.gql('mutation($i: CreateServerInput!) { createServer(input: $i) { token server { id name } } }', { i: { name } }, { token: app.adminToken }));
  return { id: r.createServer.server.id as string, token: r.createServer.token as string, name };
}

/** POSTs to the real webhook. */
export async function postWebhook(app: TestApp, token: string | null, body: string, contentType = 'application/json') {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token !== null) headers['x-server-token'] = token;
  const res = await fetch(`${app.url}/api/traffic/webhook`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}

/** A small deterministic PRNG, so a failing run can be replayed. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
