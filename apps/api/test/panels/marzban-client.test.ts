/** The real Marzban/PasarGuard client against the simulator, for both panel kinds. */
import { MarzbanSimulator } from '@tm/panel-sim';
import { MarzbanClient } from '../../src/modules/connectors/panels/marzban.client';
import { PanelError, type PanelConfig } from '../../src/modules/connectors/panels/panel-client';

type Kind = 'MARZBAN' | 'PASARGUARD';
const ADMIN = { username: 'admin', password: 's3cret-Pass' };

/** The PanelError a call ends in (fails the test when it succeeds or throws something else). */
async function panelError(work: Promise<unknown>): Promise<PanelError> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof PanelError)) throw new Error(`expected a PanelError, got ${String(err)}`);
  return err;
}

describe.each<[Kind]>([['MARZBAN'], ['PASARGUARD']])('MarzbanClient against a %s panel', (kind) => {
  let sim: MarzbanSimulator;
  const configFor = (extra: Partial<PanelConfig> = {}): PanelConfig => ({
    kind,
    baseUrl: sim.url,
    credentials: { ...ADMIN, totpSecret: null, apiToken: null },
    timeoutMs: 2000,
    ...extra,
  });
  const client = (extra: Partial<PanelConfig> = {}) => new MarzbanClient(configFor(extra));
  const requestsTo = (path: string) => sim.http.requests.filter((r) => r.path === path);
  const ref = (key: string) => ({ key, inbound: '' });

  beforeEach(async () => {
    sim = new MarzbanSimulator({ kind, ...ADMIN });
    await sim.start();
  });
  afterEach(() => sim.stop());

  it('reads the version and the user count', async () => {
    sim.addUser({ key: 'alice' });
    expect(await client().info()).toEqual({ version: kind === 'MARZBAN' ? '0.8.4' : '5.2.1', userCount: 1 });
  });

  it('lists 2,500 users across pages with their lifetime counters and limits', async () => {
    for (let i = 0; i < 2500; i++) sim.addUser({ key: `user${String(i).padStart(4, '0')}`, dataLimit: i === 7 ? 5_000_000 : 0 });
    sim.addTraffic('user0007', 1_000, 2_000);
    sim.resetUser('user0007');
    sim.addTraffic('user0007', 0, 500);
    const expiry = new Date('2031-05-06T07:08:09Z');
    sim.addUser({ key: 'timed', expiresAt: expiry, enabled: false });

    const usage = await client().listUsage();
    expect(usage).toHaveLength(2501);
    expect(new Set(usage.map((u) => u.key)).size).toBe(2501);
    expect(requestsTo('/api/users')).toHaveLength(3);
    expect(usage.find((u) => u.key === 'user0007')).toEqual({
      key: 'user0007',
      inbound: '',
      inboundName: '',
      protocol: '',
      up: 0n,
      down: 3_500n,
      lifetime: true,
      used: 500n,
      enabled: true,
      status: 'active',
      dataLimit: 5_000_000n,
      expiresAt: null,
    });
    expect(usage.find((u) => u.key === 'user0001')).toMatchObject({ down: 0n, dataLimit: null });
    expect(usage.find((u) => u.key === 'timed')).toMatchObject({ enabled: false, status: 'disabled', expiresAt: expiry });
  });

  it('follows pages the panel cuts shorter than asked', async () => {
    await sim.stop();
    sim = new MarzbanSimulator({ kind, ...ADMIN, pageLimit: 3 });
    await sim.start();
    for (const key of ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7']) sim.addUser({ key });
    expect((await client().listUsage()).map((u) => u.key)).toEqual(['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7']);
    expect(requestsTo('/api/users')).toHaveLength(3);
  });

  it('keeps counters beyond 2^53 exact', async () => {
    sim.addUser({ key: 'heavy' });
    sim.addTraffic('heavy', 0, 2 ** 53);
    sim.addTraffic('heavy', 3, 4);
    const [heavy] = await client().listUsage();
    expect(heavy).toMatchObject({ down: 2n ** 53n + 7n, used: 2n ** 53n + 7n });
  });

  it('disables and enables a user through its status; URL-encodes the username', async () => {
    sim.addUser({ key: 'ali@ce.x' });
    const panel = client();
    expect(await panel.setEnabled(ref('ali@ce.x'), false)).toEqual({ status: 200, message: 'status disabled' });
    expect(sim.user('ali@ce.x')).toMatchObject({ enabled: false, status: 'disabled' });
    expect(requestsTo('/api/user/ali%40ce.x')).toHaveLength(1);
    await panel.setEnabled(ref('ali@ce.x'), true);
    expect(sim.user('ali@ce.x')?.status).toBe('active');
  });

  it('resets a user: used back to 0, the lifetime counter kept, a disabled user stays disabled', async () => {
    sim.addUser({ key: 'bob' });
    sim.addTraffic('bob', 100, 900);
    const panel = client();
    expect(await panel.resetUsage(ref('bob'))).toEqual({ status: 200, message: 'usage reset; status active' });
    expect((await panel.listUsage())[0]).toMatchObject({ down: 1000n, used: 0n, lifetime: true });
    expect(sim.user('bob')).toMatchObject({ used: 0, moved: 1000 });

    await panel.setEnabled(ref('bob'), false);
    const answer = await panel.resetUsage(ref('bob'));
    expect(sim.user('bob')?.status).toBe('disabled');
    expect(answer.message).toBe(kind === 'MARZBAN' ? 'usage reset; disabled again (the reset had enabled the user)' : 'usage reset; status disabled');
  });

  it('resets all users (the panel drops its reset logs, so lifetime restarts) and deletes users', async () => {
    sim.addUser({ key: 'carol' });
    sim.addUser({ key: 'dave' });
    sim.addTraffic('carol', 0, 700);
    sim.resetUser('carol');
    sim.addTraffic('dave', 0, 300);
    const panel = client();
    expect((await panel.resetAll('')).status).toBe(200);
    expect((await panel.listUsage()).map((u) => [u.key, u.down, u.used])).toEqual([
      ['carol', 0n, 0n],
      ['dave', 0n, 0n],
    ]);
    expect((await panelError(panel.resetAll('3'))).kind).toBe('REFUSED');

    expect(await panel.deleteUser(ref('dave'))).toEqual(
      kind === 'MARZBAN' ? { status: 200, message: 'User successfully deleted' } : { status: 204, message: 'user deleted' },
    );
    expect(sim.user('dave')).toBeUndefined();
  });

  it('answers an unknown user with REFUSED 404 and the panel message', async () => {
    const panel = client();
    const calls = [() => panel.setEnabled(ref('ghost'), false), () => panel.resetUsage(ref('ghost')), () => panel.deleteUser(ref('ghost'))];
    for (const call of calls) expect(await panelError(call())).toMatchObject({ kind: 'REFUSED', status: 404, message: 'User not found' });
  });

  it('fails AUTH with the panel message on wrong credentials', async () => {
    const err = await panelError(client({ credentials: { username: 'admin', password: 'wrong', totpSecret: null, apiToken: null } }).info());
    expect(err).toMatchObject({ kind: 'AUTH', status: 401, message: 'Incorrect username or password' });
  });

  it('logs in once, and exactly once more when the session expired, even for calls in parallel', async () => {
    sim.addUser({ key: 'erin' });
    const panel = client();
    await panel.info();
    await panel.listUsage();
    expect(requestsTo('/api/admin/token')).toHaveLength(1);
    sim.expireSessions();
    await Promise.all([panel.info(), panel.listUsage(), panel.setEnabled(ref('erin'), true)]);
    expect(requestsTo('/api/admin/token')).toHaveLength(2);
    expect(sim.http.requests.filter((r) => r.status === 401)).toHaveLength(3);
  });

  it('is UNREACHABLE quickly when the panel is down, and when it answers too slowly', async () => {
    const panel = client({ timeoutMs: 300 });
    await panel.info();
    await sim.stop();
    const started = Date.now();
    expect((await panelError(panel.listUsage())).kind).toBe('UNREACHABLE');
    expect(Date.now() - started).toBeLessThan(1000);
    await sim.start();
    sim.http.delayMs = 600;
    const slow = await panelError(panel.info());
    expect(slow.kind).toBe('UNREACHABLE');
    expect(slow.message).toMatch(/no answer within 300 ms/);
  });

  it('maps 500 to REFUSED and proxy 502/503/504 to UNREACHABLE', async () => {
    const panel = client();
    await panel.info();
    sim.http.failNext(1);
    expect(await panelError(panel.info())).toMatchObject({ kind: 'REFUSED', status: 500 });
    for (const status of [502, 503, 504]) {
      sim.http.failNext(1, { status, body: '<html>Bad Gateway</html>' });
      expect(await panelError(panel.info())).toMatchObject({ kind: 'UNREACHABLE', status });
    }
    expect(await panel.info()).toMatchObject({ userCount: 0 });
  });

  it('is PROTOCOL when the URL is not this panel', async () => {
    expect((await panelError(client({ baseUrl: `${sim.url}/somewhere` }).info())).kind).toBe('PROTOCOL');
    sim.http.failNext(1, { status: 200, body: '<!doctype html><title>login</title>' });
    expect((await panelError(client().info())).kind).toBe('PROTOCOL');
  });
});
