/** The Marzban / PasarGuard simulator speaks the panels' API: raw HTTP, status codes, bodies, rules, faults. */
import { MarzbanSimulator } from '@tm/panel-sim';

type Kind = 'MARZBAN' | 'PASARGUARD';
const ADMIN = { username: 'admin', password: 's3cret-Pass' };

interface Call {
  token?: string;
  json?: unknown;
  form?: Record<string, string>;
  raw?: string;
}

async function http(sim: MarzbanSimulator, method: string, path: string, call: Call = {}) {
  const headers: Record<string, string> = {};
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: string | undefined = call.raw;
  if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(call.form).toString();
  } else if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  }
  const res = await fetch(`${sim.url}${path}`, { method, headers, body });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

async function tokenFor(sim: MarzbanSimulator): Promise<string> {
  const res = await http(sim, 'POST', '/api/admin/token', { form: { grant_type: 'password', ...ADMIN } });
  expect(res.status).toBe(200);
  return res.json.access_token;
}

describe.each<[Kind]>([['MARZBAN'], ['PASARGUARD']])('%s simulator', (kind) => {
  const pg = kind === 'PASARGUARD';
  let clock: Date;
  let sim: MarzbanSimulator;
  let token: string;
  const api = (method: string, path: string, call: Call = {}) => http(sim, method, path, { token, ...call });
  const passTime = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeEach(async () => {
    clock = new Date('2025-03-01T12:00:00.250Z');
    sim = new MarzbanSimulator({ kind, ...ADMIN, now: () => clock, tokenTtlSeconds: 3600 });
    await sim.start();
    token = await tokenFor(sim);
  });
  afterEach(() => sim.stop());

  describe('auth', () => {
    it('issues a bearer JWT for the OAuth2 password form, urlencoded or multipart', async () => {
      const res = await http(sim, 'POST', '/api/admin/token', { form: ADMIN });
      expect(res.json).toEqual({ access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/), token_type: 'bearer' });
      const claims = JSON.parse(Buffer.from(res.json.access_token.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ sub: 'admin', access: pg ? 'admin' : 'sudo', exp: claims.iat + 3600 });
      const form = new FormData();
      form.set('username', ADMIN.username);
      form.set('password', ADMIN.password);
      const multipart = await fetch(`${sim.url}/api/admin/token`, { method: 'POST', body: form });
      expect(multipart.status).toBe(200);
    });

    it('answers a wrong password 401 with the panel message, a JSON or incomplete form 422', async () => {
      const wrong = await http(sim, 'POST', '/api/admin/token', { form: { username: 'admin', password: 'nope' } });
      expect(wrong.status).toBe(401);
      expect(wrong.json).toEqual({ detail: 'Incorrect username or password' });
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
      const asJson = await http(sim, 'POST', '/api/admin/token', { json: ADMIN });
      expect(asJson.status).toBe(422);
      expect(asJson.json).toEqual({ detail: { username: 'Field required', password: 'Field required' } });
      const grant = await http(sim, 'POST', '/api/admin/token', { form: { ...ADMIN, grant_type: 'client_credentials' } });
      expect(grant.json).toEqual({ detail: { grant_type: "String should match pattern '^password$'" } });
    });

    it('refuses calls without a valid token; expired and rotated tokens alike', async () => {
      const none = await http(sim, 'GET', '/api/system');
      expect(none.status).toBe(401);
      expect(none.json).toEqual({ detail: pg ? 'Could not validate credentials' : 'Not authenticated' });
      const forged = await api('GET', '/api/system', { token: `${token.slice(0, -2)}xx` });
      expect(forged.json).toEqual({ detail: 'Could not validate credentials' });
      expect(forged.headers.get('www-authenticate')).toBe('Bearer');

      sim.expireSessions();
      expect((await api('GET', '/api/system')).status).toBe(401);
      token = await tokenFor(sim);
      expect((await api('GET', '/api/system')).status).toBe(200);
      passTime(3600_000);
      expect((await api('GET', '/api/system')).json).toEqual({ detail: 'Could not validate credentials' });
    });
  });

  it('GET /api/system reports the version and user counts under each panel’s names', async () => {
    sim.addUser({ key: 'alice' });
    sim.addUser({ key: 'bob', enabled: false });
    const { json } = await api('GET', '/api/system');
    expect(json).toMatchObject({ version: pg ? '5.2.1' : '0.8.4', total_user: 2 });
    expect(json).toMatchObject(pg ? { active_users: 1, disabled_users: 1, uptime_seconds: 0 } : { users_active: 1, users_disabled: 1 });
  });

  describe('users', () => {
    beforeEach(() => {
      for (const key of ['carol', 'alice', 'dave', 'bob', 'eve']) sim.addUser({ key, dataLimit: key === 'bob' ? 5000 : 0 });
      sim.addTraffic('alice', 100, 900);
    });

    it('lists a page with the total, in id order or sorted, as the panel serializes users', async () => {
      const page = await api('GET', '/api/users?offset=1&limit=2');
      expect(page.json.total).toBe(5);
      expect(page.json.users.map((u: any) => u.username)).toEqual(['alice', 'dave']);
      const sorted = await api('GET', '/api/users?sort=-used_traffic,username&limit=3');
      expect(sorted.json.users.map((u: any) => u.username)).toEqual(['alice', 'bob', 'carol']);
      const alice = page.json.users[0];
      expect(alice).toMatchObject({ username: 'alice', status: 'active', used_traffic: 1000, lifetime_used_traffic: 1000, data_limit: pg ? 0 : null });
      expect((await api('GET', '/api/user/bob')).json.data_limit).toBe(5000);
      if (pg) {
        expect(alice).toMatchObject({ id: 2, created_at: '2025-03-01T12:00:00.250000Z', subscription_url: '', admin: { id: 1, username: 'admin' } });
        expect(Object.keys(alice.proxy_settings)).toEqual(['vmess', 'vless', 'trojan', 'shadowsocks', 'wireguard', 'hysteria']);
        expect((await api('GET', '/api/users?load_sub=true')).json.users[0].subscription_url).toMatch(/^\/sub\//);
      } else {
        expect(alice).toMatchObject({ created_at: '2025-03-01T12:00:00.250000', inbounds: { vless: ['VLESS TCP REALITY'] }, subscription_url: expect.stringMatching(/^\/sub\//) });
        expect(alice.links[0]).toMatch(/^vless:\/\//);
        expect(alice).not.toHaveProperty('id');
      }
    });

    it('answers bad queries with the panels’ errors', async () => {
      expect((await api('GET', '/api/users?offset=x')).json).toEqual({
        detail: { offset: 'Input should be a valid integer, unable to parse string as an integer' },
      });
      const sort = await api('GET', '/api/users?sort=nope');
      expect(sort.status).toBe(400);
      expect(sort.json.detail).toBe(pg ? "Value error, 'nope' is not a valid UserSortOption" : '"nope" is not a valid sort option');
    });

    it('finds users case-insensitively in Marzban only, and answers 404 "User not found"', async () => {
      expect((await api('GET', '/api/user/ALICE')).status).toBe(pg ? 404 : 200);
      const missing = await api('GET', '/api/user/ghost');
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual({ detail: 'User not found' });
      // Marzban looks the user up before it validates the body; PasarGuard the other way round.
      expect((await api('PUT', '/api/user/ghost', { json: { status: 'limited' } })).status).toBe(pg ? 422 : 404);
    });

    it('changes the status with PUT; only active, disabled and on_hold are accepted', async () => {
      const off = await api('PUT', '/api/user/alice', { json: { status: 'disabled' } });
      expect(off.json.status).toBe('disabled');
      expect(sim.user('alice')).toMatchObject({ enabled: false, status: 'disabled' });
      const bad = await api('PUT', '/api/user/alice', { json: { status: 'limited' } });
      expect(bad.status).toBe(422);
      expect(bad.json.detail.status).toMatch(pg ? /^Value error, \('status must be in'/ : /^Input should be 'active', 'disabled' or 'on_hold'$/);
      expect((await api('PUT', '/api/user/alice', { raw: '' })).json).toEqual({ detail: { body: 'Field required' } });
      expect((await api('PUT', '/api/user/alice', { json: { status: 'on_hold' } })).json.detail.status).toBe(
        'Value error, User cannot be on hold without a valid on_hold_expire_duration.',
      );
      expect((await api('PUT', '/api/user/alice', { json: { status: 'active' } })).json.status).toBe('active');
    });

    it('resets used_traffic and keeps the lifetime; reset-all loses both; a new user of the same name starts over', async () => {
      const reset = await api('POST', '/api/user/alice/reset');
      expect(reset.json).toMatchObject({ used_traffic: 0, lifetime_used_traffic: 1000 });
      sim.addTraffic('alice', 0, 500);
      sim.resetUser('alice');
      sim.addTraffic('alice', 0, 25);
      expect((await api('GET', '/api/user/alice')).json).toMatchObject({ used_traffic: 25, lifetime_used_traffic: 1525 });
      expect(sim.user('alice')).toMatchObject({ used: 25, up: 0, down: 25, moved: 1525 });

      const all = await api('POST', '/api/users/reset');
      expect(all.json).toEqual(pg ? {} : { detail: 'Users successfully reset.' });
      expect((await api('GET', '/api/user/alice')).json).toMatchObject({ used_traffic: 0, lifetime_used_traffic: 0 });

      const gone = await api('DELETE', '/api/user/alice');
      expect([gone.status, gone.text]).toEqual(pg ? [204, ''] : [200, '{"detail":"User successfully deleted"}']);
      expect((await api('GET', '/api/user/alice')).status).toBe(404);
      sim.addUser({ key: 'alice' });
      expect((await api('GET', '/api/user/alice')).json).toMatchObject({ lifetime_used_traffic: 0, ...(pg ? { id: 6 } : {}) });
    });

    it('a reset re-enables a disabled user in Marzban 0.8 (its crud quirk); PasarGuard keeps it disabled', async () => {
      await api('PUT', '/api/user/carol', { json: { status: 'disabled' } });
      expect((await api('POST', '/api/user/carol/reset')).json.status).toBe(pg ? 'disabled' : 'active');
    });

    it('turns an active user limited at its data limit and expired past its expiry (Marzban: limited first)', async () => {
      sim.addTraffic('bob', 0, 4999);
      expect(sim.user('bob')?.status).toBe('active');
      sim.addTraffic('bob', 0, 1);
      expect(sim.user('bob')).toMatchObject({ status: 'limited', enabled: false });
      expect((await api('PUT', '/api/user/bob', { json: { data_limit: 10_000 } })).json.status).toBe('active');

      sim.addUser({ key: 'frank', dataLimit: 10, expiresAt: new Date(clock.getTime() + 60_000) });
      const expire = (await api('GET', '/api/user/frank')).json.expire;
      expect(expire).toBe(pg ? '2025-03-01T12:01:00.250000Z' : Math.floor((clock.getTime() + 60_000) / 1000));
      passTime(60_000);
      expect((await api('GET', '/api/user/frank')).json.status).toBe('expired');

      sim.addUser({ key: 'gina', dataLimit: 10, expiresAt: new Date(clock.getTime() + 1000) });
      passTime(1000);
      sim.addTraffic('gina', 10, 0);
      expect(sim.user('gina')?.status).toBe(pg ? 'expired' : 'limited');
    });

    it('starts an on_hold user’s expiry with its first traffic', async () => {
      const hold = await api('PUT', '/api/user/dave', { json: { status: 'on_hold', on_hold_expire_duration: 86400 } });
      expect(hold.json).toMatchObject({ status: 'on_hold', on_hold_expire_duration: 86400 });
      sim.addTraffic('dave', 1, 1);
      expect(sim.user('dave')).toMatchObject({ status: 'active', expiresAt: new Date(clock.getTime() + 86400_000).toISOString() });
    });

    if (pg) {
      it('PUT /api/user/{u}/disabled toggles, resolving "enabled" to limited when over the limit', async () => {
        sim.addTraffic('bob', 0, 6000);
        expect((await api('PUT', '/api/user/by-username/bob/disabled', { json: { disabled: true } })).json.status).toBe('disabled');
        expect((await api('PUT', '/api/user/bob/disabled', { json: { disabled: false } })).json.status).toBe('limited');
      });
    }

    it('writes counters beyond 2^53 exactly', async () => {
      sim.addTraffic('eve', 0, 2 ** 53);
      sim.addTraffic('eve', 0, 7);
      expect((await api('GET', '/api/user/eve')).text).toContain('"used_traffic":9007199254740999');
    });
  });

  describe('control API and faults', () => {
    const control = (path: string, json?: unknown) => http(sim, json === undefined && path === '/__sim/state' ? 'GET' : 'POST', path, { json });

    it('adds users, moves bytes, resets, disables and deletes behind the client’s back', async () => {
      expect((await control('/__sim/users', { key: 'zed', dataLimit: 100 })).json).toMatchObject({ key: 'zed', status: 'active' });
      expect((await control('/__sim/traffic', { key: 'zed', up: 40, down: 70 })).json).toMatchObject({ status: 'limited', used: 110 });
      expect((await control('/__sim/users/zed/reset', {})).json).toMatchObject({ status: 'active', used: 0, moved: 110 });
      expect((await control('/__sim/users/zed/enabled', { enabled: false })).json).toMatchObject({ status: 'disabled' });
      expect((await control('/__sim/traffic', { key: 'ghost', up: 1 })).status).toBe(400);
      await control('/__sim/users/zed/delete', {});
      expect((await control('/__sim/state')).json).toMatchObject({ kind, users: [] });
    });

    it('fails the next requests, answers slowly, goes down and comes back, expires sessions', async () => {
      await control('/__sim/fail', { count: 1, status: 500 });
      const failed = await api('GET', '/api/system');
      expect([failed.status, failed.text]).toEqual([500, 'Internal Server Error']);
      expect((await api('GET', '/api/system')).status).toBe(200);

      await control('/__sim/delay', { ms: 150 });
      const started = Date.now();
      await api('GET', '/api/system');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      await control('/__sim/delay', { ms: 0 });

      await control('/__sim/outage', { ms: 300 });
      await new Promise((r) => setTimeout(r, 100));
      await expect(api('GET', '/api/system')).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 400));
      expect((await api('GET', '/api/system')).status).toBe(200);

      await control('/__sim/expire-sessions', {});
      expect((await api('GET', '/api/system')).status).toBe(401);
    });
  });
});
