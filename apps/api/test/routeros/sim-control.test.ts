/** The simulator's HTTP control API (what Playwright and the demo use), in process and through the CLI. */
import { type ChildProcess, spawn } from 'node:child_process';
import * as http from 'node:http';
import { join } from 'node:path';
import { type ControlApi, type RouterOsSimulator, startControlApi } from '@tm/routeros-sim';
import { RouterOsClient } from '../../src/modules/bandwidth/routeros';
import { API_ROOT, REPO_ROOT } from './child-node';
import { connectTo, eventually, sleep, startSim, timed } from './fixtures';

/** One request on a fresh connection (no keep-alive socket left behind). */
function call(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const MAC = '02:00:00:00:02:01';

describe('RouterOS simulator: control API', () => {
  let sim: RouterOsSimulator;
  let control: ControlApi;
  const api = (method: string, path: string, body?: unknown) => call(control.port, method, path, body);

  beforeEach(async () => {
    sim = await startSim();
    control = await startControlApi(sim, 0);
  });
  afterEach(async () => {
    await control.close();
    await sim.stop();
  });

  it('drives sessions, traffic and drift; GET /state shows pairs as RouterOS prints them and as numbers', async () => {
    sim.addQueue({ name: 'tm-x', target: '10.5.50.30', 'max-limit': '512k/1M' });
    expect((await api('POST', '/sessions', { user: 'dana', address: '10.5.50.30', macAddress: MAC })).json).toEqual({ id: '*1' });
    expect((await api('POST', '/traffic', { macAddress: MAC, up: 300, down: 4000 })).status).toBe(200);
    expect((await api('POST', '/drift', { name: 'tm-x', fields: { 'max-limit': '2M/2M' } })).status).toBe(200);
    const { json: state } = await api('GET', '/state');
    expect(state.port).toBe(sim.port);
    expect(state.sessions).toEqual([
      expect.objectContaining({ id: '*1', user: 'dana', address: '10.5.50.30', macAddress: MAC, bytesIn: 300, bytesOut: 4000, rateUp: 0 }),
    ]);
    expect(state.queues).toEqual([
      expect.objectContaining({ name: 'tm-x', maxLimit: '2000000/2000000', maxLimitUp: 2_000_000, bytes: '300/4000', bytesUp: 300, rate: '0/0' }),
    ]);

    await api('POST', '/traffic/rate', { macAddress: MAC, upBps: 80_000, downBps: 3_000_000 });
    await sleep(600);
    expect((await api('GET', '/state')).json.queues[0]).toMatchObject({ rate: '80000/2000000', rateDown: 2_000_000 });
    await api('POST', '/traffic/rate', { macAddress: MAC, upBps: 0, downBps: 0 });
    expect((await api('GET', '/state')).json.sessions[0]).toMatchObject({ rateUp: 0, rateDown: 0 });

    expect((await api('DELETE', `/sessions/${encodeURIComponent(MAC)}`)).status).toBe(200);
    expect((await api('GET', '/state')).json.sessions).toEqual([]);
  });

  it('silent, down, reboot and injected traps reach the router side', async () => {
    await api('POST', '/fail', { command: '/queue/simple/add', message: 'failure: testing', category: 4 });
    const c = await connectTo(sim, { timeoutMs: 500 });
    expect((await timed(c.add('/queue/simple', { name: 'x' }))).error).toMatchObject({ kind: 'TRAP', category: 4 });
    await api('POST', '/reboot');
    await eventually(() => !c.alive);

    await api('POST', '/silent', { silent: true });
    expect((await timed(connectTo(sim, { timeoutMs: 300 }))).error).toMatchObject({ kind: 'TIMEOUT' });
    await api('POST', '/silent', { silent: false });

    await api('POST', '/down', { down: true });
    expect((await timed(connectTo(sim, { timeoutMs: 300 }))).error).toMatchObject({ kind: 'UNREACHABLE' });
    await api('POST', '/down', { down: false });
    await (await connectTo(sim)).close();
  });

  it('rejects malformed requests with 400, unknown routes with 404, impossible ones with 409', async () => {
    expect(await api('POST', '/sessions', { user: 'x' })).toMatchObject({ status: 400, json: { error: '"address" must be a non-empty string' } });
    expect((await api('POST', '/silent', { silent: 'yes' })).status).toBe(400);
    expect((await api('GET', '/nothing')).status).toBe(404);
    expect(await api('POST', '/traffic', { macAddress: MAC, up: 1, down: 1 })).toMatchObject({ status: 409, json: { error: `no active hotspot session for ${MAC}` } });
  });
});

describe('RouterOS simulator: CLI', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  it('--demo starts three sessions with traffic; the API and control ports answer; SIGTERM stops it', async () => {
    child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(REPO_ROOT, 'packages/routeros-sim/src/cli.ts'), '--port', '0', '--control-port', '0', '--user', 'demo', '--password', 'secret', '--demo'],
      { cwd: API_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await eventually(() => /control on http:\/\/127\.0\.0\.1:\d+/.test(out), 10_000);
    const apiPort = Number(/API on 127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
    const controlPort = Number(/control on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);

    const c = await RouterOsClient.connect({ host: '127.0.0.1', port: apiPort, tls: false, username: 'demo', password: 'secret', timeoutMs: 2000 });
    const sessions = await c.print('/ip/hotspot/active');
    await c.close();
    expect(sessions.map((s) => s.user)).toEqual(['alice', 'bob', 'carol']);
    await sleep(300);
    const { json: state } = await call(controlPort, 'GET', '/state');
    expect(state.sessions.every((s: { rateDown: number }) => s.rateDown > 0)).toBe(true);

    const exited = new Promise<number | null>((resolve) => child?.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
