/** The real 3x-ui connector against the simulator, v2 and v3: usage, pushes, sign-in flows and failures. */
import { XuiSimulator } from '@tm/panel-sim';
import { Secret } from 'otpauth';
import { type PanelCredentials, PanelError } from '../../src/modules/connectors/panels';
import { XuiClient } from '../../src/modules/connectors/panels/xui.client';

const sims: XuiSimulator[] = [];
async function startSim(major: 2 | 3, extra: Partial<ConstructorParameters<typeof XuiSimulator>[0]> = {}): Promise<XuiSimulator> {
  const sim = new XuiSimulator({ major, username: 'admin', password: 'secret', ...extra });
  await sim.start();
  sims.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
});

function clientFor(sim: XuiSimulator, credentials: Partial<PanelCredentials> = {}, timeoutMs?: number): XuiClient {
  return new XuiClient({
    kind: 'XUI',
    baseUrl: sim.url,
    credentials: { username: 'admin', password: 'secret', totpSecret: null, apiToken: null, ...credentials },
    timeoutMs,
  });
}

/** The PanelError a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<PanelError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof PanelError)) throw new Error(`expected a PanelError, got ${String(err)}`);
  return err;
}

const logins = (sim: XuiSimulator) => sim.http.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/login')).length;

/** Two vless clients in inbound 1, two trojan clients in inbound 2, one vmess client in inbound 3. */
function seed(sim: XuiSimulator): void {
  const day = new Date(Date.now() + 86_400_000);
  sim.addUser({ key: 'ann', inbound: 1, dataLimit: 5_000_000_000, expiresAt: day });
  sim.addUser({ key: 'bob', inbound: 1 });
  sim.addUser({ key: 'tia', inbound: 2, protocol: 'trojan', dataLimit: 1_000 });
  sim.addUser({ key: 'tom', inbound: 2, protocol: 'trojan' });
  sim.addUser({ key: 'vic', inbound: 3, protocol: 'vmess' });
  sim.addTraffic('ann', 100, 200);
  sim.addTraffic('tia', 300, 700);
}

describe.each([2, 3] as const)('XuiClient against 3x-ui v%s', (major) => {
  it('reads the version and the client count', async () => {
    const sim = await startSim(major);
    seed(sim);
    expect(await clientFor(sim).info()).toEqual({ version: major === 3 ? '3.0.2' : '2.9.4', userCount: 5 });
  });

  it('lists every client of every inbound with its counters, limits and state', async () => {
    const sim = await startSim(major);
    seed(sim);
    sim.state.traffics.get('bob')!.expiryTime = -7 * 86_400_000;
    const usage = await clientFor(sim).listUsage();
    expect(usage.map((u) => [u.key, u.inbound, u.inboundName, u.protocol])).toEqual([
      ['ann', '1', 'inbound-1', 'vless'],
      ['bob', '1', 'inbound-1', 'vless'],
      ['tia', '2', 'inbound-2', 'trojan'],
      ['tom', '2', 'inbound-2', 'trojan'],
      ['vic', '3', 'inbound-3', 'vmess'],
    ]);
    const ann = usage[0];
    expect(ann).toEqual({
      key: 'ann',
      inbound: '1',
      inboundName: 'inbound-1',
      protocol: 'vless',
      up: 100n,
      down: 200n,
      lifetime: false,
      used: 300n,
      enabled: true,
      status: 'enabled',
      dataLimit: 5_000_000_000n,
      expiresAt: new Date(sim.clientEntry('ann')!.expiryTime as number),
    });
    expect(usage[1]).toMatchObject({ up: 0n, down: 0n, dataLimit: null, expiresAt: null });
    expect(usage[2]).toMatchObject({ used: 1_000n, enabled: false, status: 'depleted', dataLimit: 1_000n });
  });

  it('keeps counters past 2^53 exact', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'big', inbound: 1 });
    const up = 2n ** 60n + 1n;
    const down = 9_007_199_254_740_993n;
    Object.assign(sim.state.traffics.get('big')!, { up, down });
    const [row] = await clientFor(sim).listUsage();
    expect([row.up, row.down, row.used]).toEqual([up, down, up + down]);
  });

  it('setEnabled sends the whole client back: what an operator set survives, clientStats follow', async () => {
    const sim = await startSim(major);
    seed(sim);
    for (const key of ['bob', 'tom']) {
      const { inbound, entry } = sim.state.findClient(key)!;
      const edited = { ...entry, limitIp: 3, comment: 'vip', tgId: 123456789, flow: key === 'bob' ? 'xtls-rprx-vision' : undefined };
      sim.state.writeClients(inbound, sim.state.clientsOf(inbound).map((c) => (c.email === key ? edited : c)));
    }
    const client = clientFor(sim);
    for (const [key, inbound] of [['bob', '1'], ['tom', '2']]) {
      const before = sim.clientEntry(key)!;
      expect(await client.setEnabled({ key, inbound }, false)).toEqual({ status: 200, message: 'Inbound client has been updated.' });
      const after = sim.clientEntry(key)!;
      const { updated_at: _a, enable: _e, ...rest } = after;
      const { updated_at: _b, enable: _f, ...restBefore } = before;
      expect(rest).toEqual(restBefore);
      expect(after).toMatchObject({ enable: false, limitIp: 3, comment: 'vip', tgId: 123456789 });
      expect(sim.state.traffics.get(key)!.enable).toBe(false);
      expect(sim.user(key)).toMatchObject({ enabled: false, status: 'disabled' });
    }
    await client.setEnabled({ key: 'bob', inbound: '1' }, true);
    expect(sim.user('bob')!.enabled).toBe(true);
    expect((await client.listUsage()).find((u) => u.key === 'tom')).toMatchObject({ enabled: false, status: 'disabled' });
    const missing = await failure(client.setEnabled({ key: 'ghost', inbound: '1' }, true));
    expect(missing.kind).toBe('REFUSED');
  });

  it('resets one client, one inbound, then every inbound', async () => {
    const sim = await startSim(major);
    seed(sim);
    sim.addTraffic('bob', 5, 5);
    sim.addTraffic('tom', 7, 7);
    const client = clientFor(sim);
    expect(await client.resetUsage({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Traffic has been reset.' });
    expect(sim.user('ann')!.used).toBe(0);
    expect(await client.resetAll('1')).toEqual({ status: 200, message: 'All traffic from the client has been reset.' });
    expect([sim.user('bob')!.used, sim.user('tom')!.used]).toEqual([0, 14]);
    await client.resetAll('');
    expect(sim.users().every((u) => u.used === 0)).toBe(true);
    const err = await failure(client.resetUsage({ key: 'nobody', inbound: '1' }));
    expect([err.kind, err.message]).toEqual(['REFUSED', 'Something went wrong (Inbound Not Found For Email: nobody)']);
  });

  it('deletes vless and trojan clients by their own key', async () => {
    const sim = await startSim(major);
    seed(sim);
    const client = clientFor(sim);
    expect(await client.deleteUser({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Inbound client has been deleted.' });
    expect(await client.deleteUser({ key: 'tia', inbound: '2' })).toEqual({ status: 200, message: 'Inbound client has been deleted.' });
    expect(sim.users().map((u) => u.key)).toEqual(['bob', 'tom', 'vic']);
    const last = await failure(client.deleteUser({ key: 'vic', inbound: '3' }));
    expect([last.kind, last.message]).toEqual(['REFUSED', 'Something went wrong (no client remained in Inbound)']);
  });

  it('wrong credentials fail with the panel message', async () => {
    const sim = await startSim(major);
    const err = await failure(clientFor(sim, { password: 'wrong' }).listUsage());
    expect([err.kind, err.message]).toEqual(['AUTH', 'Invalid username or password or two-factor code.']);
  });

  it('logs in with a TOTP code derived from the secret; without it the login fails', async () => {
    const secret = new Secret({ size: 20 }).base32;
    const sim = await startSim(major, { totpSecret: secret });
    sim.addUser({ key: 'ann', inbound: 1 });
    expect(await clientFor(sim, { totpSecret: secret }).listUsage()).toHaveLength(1);
    const err = await failure(clientFor(sim).listUsage());
    expect([err.kind, err.message]).toEqual(['AUTH', 'Invalid username or password or two-factor code.']);
  });

  it('logs in exactly once more when the session has expired, then retries the call', async () => {
    const sim = await startSim(major);
    seed(sim);
    const client = clientFor(sim);
    await client.listUsage();
    expect(logins(sim)).toBe(1);
    await client.resetUsage({ key: 'ann', inbound: '1' });
    expect(logins(sim)).toBe(1);
    sim.expireSessions();
    expect(await client.listUsage()).toHaveLength(5);
    expect(logins(sim)).toBe(2);
    sim.expireSessions();
    await client.setEnabled({ key: 'bob', inbound: '1' }, false);
    expect(logins(sim)).toBe(3);
    expect(sim.user('bob')!.enabled).toBe(false);
  });

  it('answers UNREACHABLE quickly when the panel is down, behind a failing proxy or too slow', async () => {
    const sim = await startSim(major);
    seed(sim);
    const client = clientFor(sim, {}, 300);
    await client.listUsage();
    sim.http.failNext(1, { status: 502, body: 'Bad Gateway' });
    expect((await failure(client.listUsage())).kind).toBe('UNREACHABLE');
    sim.http.delayMs = 1_000;
    expect((await failure(client.listUsage())).kind).toBe('UNREACHABLE');
    sim.http.delayMs = 0;
    await sim.stop();
    const t0 = Date.now();
    expect((await failure(client.listUsage())).kind).toBe('UNREACHABLE');
    expect(Date.now() - t0).toBeLessThan(1_000);
    await sim.start();
    expect(await client.listUsage()).toHaveLength(5);
  });

  it('a wrong base path or another kind of server is PROTOCOL; a panel error is REFUSED', async () => {
    const sim = await startSim(major);
    seed(sim);
    const wrongBase = new XuiClient({ kind: 'XUI', baseUrl: sim.url.replace(/\/[^/]+$/, '/nope'), credentials: { username: 'admin', password: 'secret', totpSecret: null, apiToken: null } });
    expect((await failure(wrongBase.listUsage())).kind).toBe('PROTOCOL');
    const client = clientFor(sim);
    await client.listUsage();
    sim.http.failNext(1, { status: 200, body: '<html>captive portal</html>' });
    expect((await failure(client.listUsage())).kind).toBe('PROTOCOL');
    sim.http.failNext(1, { status: 500 });
    expect((await failure(client.listUsage())).kind).toBe('REFUSED');
  });
});

describe('XuiClient against 3x-ui v3 only', () => {
  it('fetches a fresh CSRF token when the one it holds goes stale, and retries once', async () => {
    const sim = await startSim(3);
    seed(sim);
    const client = clientFor(sim);
    await client.listUsage();
    sim.rotateCsrfTokens();
    const from = sim.http.requests.length;
    expect(await client.resetUsage({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Traffic has been reset.' });
    const seen = sim.http.requests.slice(from).map((r) => `${r.method} ${r.path.slice(sim.panelBasePath.length - 1)} ${r.status}`);
    expect(seen).toEqual(['POST /panel/api/inbounds/1/resetClientTraffic/ann 403', 'GET /panel/csrf-token 200', 'POST /panel/api/inbounds/1/resetClientTraffic/ann 200']);
    expect(logins(sim)).toBe(1);
  });

  it('uses a Bearer API token instead of logging in', async () => {
    const sim = await startSim(3, { apiToken: 'tok-123' });
    seed(sim);
    const client = clientFor(sim, { username: null, password: null, apiToken: 'tok-123' });
    expect(await client.info()).toEqual({ version: '3.0.2', userCount: 5 });
    await client.setEnabled({ key: 'tom', inbound: '2' }, false);
    await client.resetAll('');
    expect(sim.user('tom')).toMatchObject({ enabled: false, used: 0 });
    sim.expireSessions();
    expect(await client.listUsage()).toHaveLength(5);
    expect(logins(sim)).toBe(0);
    const wrong = await failure(clientFor(sim, { apiToken: 'nope' }).listUsage());
    expect(wrong.kind).toBe('AUTH');
  });
});

describe('XuiClient against 3x-ui v2 only', () => {
  it('an API token is not something v2 has: AUTH', async () => {
    const sim = await startSim(2);
    const err = await failure(clientFor(sim, { apiToken: 'tok' }).listUsage());
    expect(err.kind).toBe('AUTH');
  });
});
