/** The real 3x-ui connector against the simulator, v2, v3.0 and v3.1+: usage, pushes, sign-in flows and failures. */
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

// 3.6.0: the email-keyed clients API (3x-ui v3.1.0 on) instead of the inbound-scoped client routes.
describe.each([
  ['2.9.4', 2],
  ['3.0.2', 3],
  ['3.6.0', 3],
] as const)('XuiClient against 3x-ui v%s', (version, major) => {
  const clientsApi = version === '3.6.0';
  const start = (extra: Partial<ConstructorParameters<typeof XuiSimulator>[0]> = {}) => startSim(major, { version, ...extra });

  it('reads the version and the client count', async () => {
    const sim = await start();
    seed(sim);
    expect(await clientFor(sim).info()).toEqual({ version, userCount: 5 });
  });

  it('lists every client of every inbound with its counters, limits and state', async () => {
    const sim = await start();
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
    const sim = await start();
    sim.addUser({ key: 'big', inbound: 1 });
    const up = 2n ** 60n + 1n;
    const down = 9_007_199_254_740_993n;
    Object.assign(sim.state.traffics.get('big')!, { up, down });
    const [row] = await clientFor(sim).listUsage();
    expect([row.up, row.down, row.used]).toEqual([up, down, up + down]);
  });

  it('setEnabled sends the whole client back: what an operator set survives, clientStats follow', async () => {
    const sim = await start();
    seed(sim);
    for (const key of ['bob', 'tom']) {
      const { inbound, entry } = sim.state.findClient(key)!;
      const edited = { ...entry, limitIp: 3, comment: 'vip', tgId: 123456789, flow: key === 'bob' ? 'xtls-rprx-vision' : undefined };
      sim.state.writeClients(inbound, sim.state.clientsOf(inbound).map((c) => (c.email === key ? edited : c)));
    }
    const client = clientFor(sim);
    for (const [key, inbound] of [['bob', '1'], ['tom', '2']]) {
      const before = sim.clientEntry(key)!;
      // v3.5+: bulkDisable, which answers a count and no message.
      expect(await client.setEnabled({ key, inbound }, false)).toEqual({ status: 200, message: clientsApi ? '{"changed":1}' : 'Inbound client has been updated.' });
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
    const sim = await start();
    seed(sim);
    sim.addTraffic('bob', 5, 5);
    sim.addTraffic('tom', 7, 7);
    const client = clientFor(sim);
    expect(await client.resetUsage({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Traffic has been reset.' });
    expect(sim.user('ann')!.used).toBe(0);
    // v3.1+: the inbound's clients by email (bulkResetTraffic answers how many rows it reset).
    expect(await client.resetAll('1')).toEqual({ status: 200, message: clientsApi ? '{"affected":2}' : 'All traffic from the client has been reset.' });
    expect([sim.user('bob')!.used, sim.user('tom')!.used]).toEqual([0, 14]);
    expect((await client.resetAll('')).message).toBe(clientsApi ? 'Traffic for all clients has been reset.' : 'All traffic from the client has been reset.');
    expect(sim.users().every((u) => u.used === 0)).toBe(true);
    const err = await failure(client.resetUsage({ key: 'nobody', inbound: '1' }));
    expect([err.kind, err.message]).toEqual(['REFUSED', `Something went wrong (${clientsApi ? 'record not found' : 'Inbound Not Found For Email: nobody'})`]);
  });

  it('deletes vless and trojan clients (by their own key up to v3.0, by email from v3.1)', async () => {
    const sim = await start();
    seed(sim);
    const client = clientFor(sim);
    expect(await client.deleteUser({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Inbound client has been deleted.' });
    expect(await client.deleteUser({ key: 'tia', inbound: '2' })).toEqual({ status: 200, message: 'Inbound client has been deleted.' });
    expect(sim.users().map((u) => u.key)).toEqual(['bob', 'tom', 'vic']);
    if (clientsApi) {
      // v3.1 lets an inbound lose its last client.
      await client.deleteUser({ key: 'vic', inbound: '3' });
      expect(sim.user('vic')).toBeUndefined();
      const gone = await failure(client.deleteUser({ key: 'vic', inbound: '3' }));
      expect([gone.kind, gone.message]).toEqual(['REFUSED', 'Something went wrong (client "vic" not found in any inbound or client record)']);
    } else {
      const last = await failure(client.deleteUser({ key: 'vic', inbound: '3' }));
      expect([last.kind, last.message]).toEqual(['REFUSED', 'Something went wrong (no client remained in Inbound)']);
    }
  });

  it('wrong credentials fail with the panel message', async () => {
    const sim = await start();
    const err = await failure(clientFor(sim, { password: 'wrong' }).listUsage());
    expect([err.kind, err.message]).toEqual(['AUTH', 'Invalid username or password or two-factor code.']);
  });

  it('logs in with a TOTP code derived from the secret; without it the login fails', async () => {
    const secret = new Secret({ size: 20 }).base32;
    const sim = await start({ totpSecret: secret });
    sim.addUser({ key: 'ann', inbound: 1 });
    expect(await clientFor(sim, { totpSecret: secret }).listUsage()).toHaveLength(1);
    const err = await failure(clientFor(sim).listUsage());
    expect([err.kind, err.message]).toEqual(['AUTH', 'Invalid username or password or two-factor code.']);
  });

  it('logs in exactly once more when the session has expired, then retries the call', async () => {
    const sim = await start();
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
    const sim = await start();
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
    const sim = await start();
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
  it('logs in with a CSRF token, and fetches a fresh one when it goes stale, retrying once', async () => {
    const sim = await startSim(3);
    seed(sim);
    const client = clientFor(sim);
    await client.listUsage();
    // v3 refuses a login without the session's CSRF token, so the client fetches one first.
    expect(sim.http.requests.slice(0, 2).map((r) => `${r.method} ${r.path.slice(sim.panelBasePath.length - 1)} ${r.status}`)).toEqual(['GET /csrf-token 200', 'POST /login 200']);
    sim.rotateCsrfTokens();
    const from = sim.http.requests.length;
    expect(await client.resetUsage({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Traffic has been reset.' });
    const seen = sim.http.requests.slice(from).map((r) => `${r.method} ${r.path.slice(sim.panelBasePath.length - 1)} ${r.status}`);
    // The first push of a session reads which client API the panel has (a GET: no CSRF token needed).
    expect(seen).toEqual(['GET /panel/api/server/status 200', 'POST /panel/api/inbounds/1/resetClientTraffic/ann 403', 'GET /panel/csrf-token 200', 'POST /panel/api/inbounds/1/resetClientTraffic/ann 200']);
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

describe('XuiClient against 3x-ui v3.1 and later (the clients API)', () => {
  const since = (sim: XuiSimulator, from: number) => sim.http.requests.slice(from).map((r) => `${r.method} ${r.path.slice(sim.panelBasePath.length - 1)}`);

  it('reads the API level once per session from server/status, then pushes by email', async () => {
    const sim = await startSim(3, { version: '3.6.0' });
    seed(sim);
    const client = clientFor(sim);
    await client.listUsage();
    const from = sim.http.requests.length;
    await client.setEnabled({ key: 'ann', inbound: '1' }, false);
    await client.resetUsage({ key: 'ann', inbound: '1' });
    await client.deleteUser({ key: 'bob', inbound: '1' });
    expect(since(sim, from)).toEqual(['GET /panel/api/server/status', 'POST /panel/api/clients/bulkDisable', 'POST /panel/api/clients/resetTraffic/ann', 'POST /panel/api/clients/del/bob']);
    // v3.4+ enables a client whose traffic it resets; what we push next decides.
    expect(sim.user('ann')).toMatchObject({ enabled: true, used: 0 });
    const bearer = await startSim(3, { version: '3.6.0', apiToken: 'tok' });
    expect(await clientFor(bearer, { username: null, password: null, apiToken: 'tok' }).info()).toEqual({ version: '3.6.0', userCount: 0 });
  });

  it('before v3.5 (no bulkEnable) sends the client back whole to clients/update: nothing an operator set is lost', async () => {
    const sim = await startSim(3, { version: '3.1.0' });
    seed(sim);
    const { inbound, entry } = sim.state.findClient('bob')!;
    sim.state.writeClients(inbound, sim.state.clientsOf(inbound).map((c) => (c.email === 'bob' ? { ...entry, limitIp: 3, comment: 'vip', tgId: 42, totalGB: 7e9, expiryTime: 2e12 } : c)));
    const before = sim.clientEntry('bob')!;
    const client = clientFor(sim);
    const from = sim.http.requests.length;
    expect(await client.setEnabled({ key: 'bob', inbound: '1' }, false)).toEqual({ status: 200, message: 'Inbound client has been updated.' });
    expect(since(sim, from).slice(-2)).toEqual(['GET /panel/api/inbounds/get/1', 'POST /panel/api/clients/update/bob']);
    // v3.1.0 makes a new uuid for a client sent without one, and zeroes every limit left out.
    const kept = ['id', 'subId', 'limitIp', 'comment', 'tgId', 'totalGB', 'expiryTime', 'created_at'] as const;
    for (const k of kept) expect([k, sim.clientEntry('bob')![k]]).toEqual([k, before[k]]);
    expect(sim.user('bob')).toMatchObject({ enabled: false, dataLimit: 7e9 });
    // No bulkResetTraffic before v3.2: the inbound's clients one by one.
    sim.addTraffic('bob', 5, 5);
    const resetFrom = sim.http.requests.length;
    expect(await client.resetAll('1')).toEqual({ status: 200, message: '{"affected":2}' });
    expect(since(sim, resetFrom)).toEqual(['GET /panel/api/inbounds/get/1', 'POST /panel/api/clients/resetTraffic/ann', 'POST /panel/api/clients/resetTraffic/bob']);
    expect([sim.user('ann')!.used, sim.user('bob')!.used, sim.user('tia')!.used]).toEqual([0, 0, 1000]);
  });

  it('lists a client attached to two inbounds once, under the inbound its counters belong to', async () => {
    const sim = await startSim(3, { version: '3.6.0' });
    seed(sim);
    sim.attachUser('ann', 3);
    const usage = await clientFor(sim).listUsage();
    expect(usage.filter((u) => u.key === 'ann')).toEqual([expect.objectContaining({ inbound: '1', up: 100n, down: 200n })]);
    expect(usage).toHaveLength(5);
  });

  it('a panel upgraded under us: the push that meets the old routes gone fails, the next one uses the new API', async () => {
    const old = await startSim(3);
    seed(old);
    const client = clientFor(old);
    await client.resetUsage({ key: 'ann', inbound: '1' });
    await old.stop();
    // Down while it is upgraded.
    expect((await failure(client.resetUsage({ key: 'ann', inbound: '1' }))).kind).toBe('UNREACHABLE');
    const upgraded = await startSim(3, { version: '3.6.0', port: old.http.port, basePath: old.panelBasePath });
    seed(upgraded);
    expect((await failure(client.resetUsage({ key: 'ann', inbound: '1' }))).kind).toBe('PROTOCOL');
    expect(await client.resetUsage({ key: 'ann', inbound: '1' })).toEqual({ status: 200, message: 'Traffic has been reset.' });
    expect(upgraded.user('ann')!.used).toBe(0);
  });
});

describe('XuiClient against 3x-ui v2 only', () => {
  it('an API token is not something v2 has: AUTH', async () => {
    const sim = await startSim(2);
    const err = await failure(clientFor(sim, { apiToken: 'tok' }).listUsage());
    expect(err.kind).toBe('AUTH');
  });
});
