/** The 3x-ui simulator speaks the panel's API as its source defines it (v2.9.4, v3.0.2, v3.1.0–v3.6.0), driven with raw fetch calls. */
import { Secret, TOTP } from 'otpauth';
import { API, Raw, signedIn, startSim, stopSims } from './xui-raw';

afterEach(stopSims);

describe.each([2, 3] as const)('3x-ui v%s simulator', (major) => {
  it('sits under a random base path and hides its API from callers without a session', async () => {
    const sim = await startSim(major);
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9]{18}$/);
    const root = new Raw(sim.url.replace(/\/[^/]+$/, ''));
    expect(await root.req('GET', `${API}/list`)).toMatchObject({ status: 404, text: '' });
    const raw = new Raw(sim.url);
    expect(await raw.req('GET', `${API}/list`)).toMatchObject({ status: 404, text: '' });
    expect(await raw.req('POST', `${API}/resetAllTraffics`)).toMatchObject({ status: 404, text: '' });
    // v3.0.2 tells its own front end (an XHR) 401 instead.
    expect((await raw.req('GET', `${API}/list`, { headers: { 'x-requested-with': 'XMLHttpRequest' } })).status).toBe(major === 3 ? 401 : 404);
    expect(await raw.req('GET', '/panel/api/no/such/route')).toMatchObject({ status: 404, text: '' });
    expect((await raw.req('GET', '/panel/')).status).toBe(307);
  });

  it('logs in with form or JSON fields; wrong and missing credentials get the panel English texts', async () => {
    const sim = await startSim(major);
    const raw = new Raw(sim.url);
    if (major === 3) await raw.fetchCsrf();
    expect((await raw.login('admin', 'nope')).json).toEqual({ success: false, msg: 'Invalid username or password or two-factor code.', obj: null });
    expect((await raw.login('', 'x')).json.msg).toBe('Username is required');
    expect((await raw.login('admin', '')).json.msg).toBe('Password is required');
    const ok = await raw.req('POST', '/login', { json: { username: 'admin', password: 'secret' }, headers: raw.csrf ? { 'x-csrf-token': raw.csrf } : {} });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ success: true, msg: ' You have successfully logged into your account.', obj: null });
    const cookie = ok.headers.getSetCookie()[0];
    expect(cookie).toMatch(new RegExp(`^3x-ui=[^;]+; Path=${sim.panelBasePath}; Expires=[^;]+; Max-Age=21600; HttpOnly; SameSite=Lax$`));
    expect((await raw.req('GET', `${API}/list`)).json.success).toBe(true);
  });

  it('serves its version in the panel pages', async () => {
    const sim = await startSim(major);
    const raw = await signedIn(sim);
    const page = await raw.req('GET', '/panel/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(major === 3 ? 'window.X_UI_CUR_VER="3.0.2"' : `${sim.panelBasePath}assets/css/custom.min.css?2.9.4`);
    expect((await raw.req('GET', '/panel/api/server/getPanelUpdateInfo')).json.obj).toEqual({ currentVersion: sim.version, latestVersion: sim.version, updateAvailable: false });
    expect((await raw.req('GET', '/panel/api/server/status')).json.obj.xray.state).toBe('running');
  });

  it('asks for the TOTP code when 2FA is on', async () => {
    const secret = new Secret({ size: 20 }).base32;
    const sim = await startSim(major, { totpSecret: secret });
    const raw = new Raw(sim.url);
    if (major === 3) await raw.fetchCsrf();
    expect((await raw.post('/getTwoFactorEnable')).json).toEqual({ success: true, msg: '', obj: true });
    const code = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
    expect((await raw.login()).json.msg).toBe('Invalid username or password or two-factor code.');
    expect((await raw.login('admin', 'secret', { twoFactorCode: code === '000000' ? '111111' : '000000' })).json.success).toBe(false);
    expect((await raw.login('admin', 'secret', { twoFactorCode: code })).json.success).toBe(true);
  });

  it('lists inbounds with clientStats and settings as a JSON string indented by two spaces; int64 counters stay exact', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'ann', inbound: 1, dataLimit: 5e9 });
    sim.addUser({ key: 'tom', inbound: 2, protocol: 'trojan' });
    const big = 2n ** 60n + 7n;
    sim.addTraffic('tom', 10, 20);
    sim.state.traffics.get('tom')!.down = big;
    const raw = await signedIn(sim);
    const list = await raw.req('GET', `${API}/list`);
    expect(list.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Object.keys(list.json)).toEqual(['success', 'msg', 'obj']);
    expect(list.text).toContain(`"down":${big}`);
    const [vless, trojan] = list.json.obj;
    expect(Object.keys(vless)).toEqual(['id', 'up', 'down', 'total', 'allTime', 'remark', 'enable', 'expiryTime', 'trafficReset', 'lastTrafficResetTime', 'clientStats', 'listen', 'port', 'protocol', 'settings', 'streamSettings', 'tag', 'sniffing']);
    expect(vless).toMatchObject({ id: 1, remark: 'inbound-1', protocol: 'vless', enable: true, tag: `inbound-${vless.port}` });
    expect(trojan).toMatchObject({ id: 2, protocol: 'trojan', up: 10, down: 20 });
    expect(trojan.clientStats[0]).toMatchObject({ up: 10, down: Number(big) });
    expect(Object.keys(vless.clientStats[0])).toEqual(['id', 'inboundId', 'enable', 'email', 'uuid', 'subId', 'up', 'down', 'allTime', 'expiryTime', 'total', 'reset', 'lastOnline']);
    expect(trojan.clientStats[0]).toMatchObject({ inboundId: 2, email: 'tom', up: 10, total: 0, enable: true });
    const settings = JSON.parse(vless.settings);
    expect(vless.settings).toBe(JSON.stringify(settings, null, 2));
    expect(Object.keys(settings.clients[0])).toEqual([...Object.keys(settings.clients[0])].sort());
    expect(settings.clients[0]).toMatchObject({ email: 'ann', totalGB: 5e9, enable: true, expiryTime: 0, limitIp: 0, flow: '' });
    expect(vless.clientStats[0].uuid).toBe(settings.clients[0].id);
    expect(JSON.parse(trojan.settings).clients[0].password).toBe(sim.clientId('tom'));
    expect((await raw.req('GET', `${API}/get/2`)).json.obj).toMatchObject({ id: 2, clientStats: null });
    expect((await raw.req('GET', `${API}/get/9`)).json).toEqual({ success: false, msg: 'Obtain (record not found)', obj: null });
  });

  it('updateClient replaces the whole entry found by its protocol key; clientStats follow', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'ann', inbound: 1 });
    sim.addUser({ key: 'tom', inbound: 2, protocol: 'trojan' });
    const raw = await signedIn(sim);
    const ann: Record<string, unknown> = { ...sim.clientEntry('ann')!, enable: false, limitIp: 2, totalGB: 1000 };
    delete ann.comment;
    const answer = await raw.post(`${API}/updateClient/${sim.clientId('ann')}`, { id: 1, settings: JSON.stringify({ clients: [ann] }) });
    expect(answer.json).toEqual({ success: true, msg: 'Inbound client has been updated.', obj: null });
    expect(sim.clientEntry('ann')).toMatchObject({ enable: false, limitIp: 2, totalGB: 1000 });
    expect(sim.clientEntry('ann')).not.toHaveProperty('comment');
    expect(sim.state.traffics.get('ann')).toMatchObject({ enable: false, total: 1000n });
    // Form-encoded works too (the v2 front end posts forms); trojan clients are named by their password.
    const tom = { ...sim.clientEntry('tom')!, comment: 'vip' };
    const form = await raw.req('POST', `${API}/updateClient/${encodeURIComponent(sim.clientId('tom'))}`, {
      form: { id: '2', settings: JSON.stringify({ clients: [tom] }) },
      headers: raw.csrf ? { 'x-csrf-token': raw.csrf } : {},
    });
    expect(form.json.success).toBe(true);
    expect(sim.clientEntry('tom')!.comment).toBe('vip');
    expect((await raw.post(`${API}/updateClient/not-a-client`, { id: 1, settings: JSON.stringify({ clients: [ann] }) })).json.msg).toBe('Something went wrong (empty client ID\n)');
    expect((await raw.post(`${API}/updateClient/x`, { id: 1, settings: { clients: [] } })).json.msg).toBe(
      'Inbound has been successfully updated. (json: cannot unmarshal object into Go struct field Inbound.settings of type string)',
    );
    expect((await raw.post(`${API}/updateClient/x`, { id: 7, settings: '{"clients":[{"id":"x"}]}' })).json.msg).toBe('Something went wrong (record not found)');
  });

  it('resets one client, one inbound, every inbound; resetAllTraffics touches only the inbounds', async () => {
    const sim = await startSim(major);
    for (const [key, inbound] of [['a', 1], ['b', 1], ['c', 2]] as const) {
      sim.addUser({ key, inbound });
      sim.addTraffic(key, 100, 200);
    }
    const raw = await signedIn(sim);
    expect((await raw.post(`${API}/1/resetClientTraffic/a`)).json).toEqual({ success: true, msg: 'Traffic has been reset.', obj: null });
    expect(sim.user('a')).toMatchObject({ up: 0, down: 0, moved: 300 });
    expect((await raw.post(`${API}/1/resetClientTraffic/nobody`)).json.msg).toBe('Something went wrong (Inbound Not Found For Email: nobody\n)');
    expect((await raw.post(`${API}/resetAllClientTraffics/1`)).json.msg).toBe('All traffic from the client has been reset.');
    expect([sim.user('b')!.used, sim.user('c')!.used]).toEqual([0, 300]);
    expect((await raw.post(`${API}/resetAllTraffics`)).json.msg).toBe('All traffic has been reset.');
    expect(sim.state.inbounds.get(2)!.up).toBe(0n);
    expect(sim.user('c')!.used).toBe(300);
    await raw.post(`${API}/resetAllClientTraffics/-1`);
    expect(sim.user('c')!.used).toBe(0);
    expect((await raw.post(`${API}/resetAllClientTraffics/abc`)).json.msg).toBe('Inbound has been successfully updated. (strconv.Atoi: parsing "abc": invalid syntax)');
  });

  it('deletes clients by their protocol key, never the last one of an inbound', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'v1', inbound: 1 });
    sim.addUser({ key: 'v2', inbound: 1 });
    sim.addUser({ key: 't1', inbound: 2, protocol: 'trojan' });
    sim.addUser({ key: 't2', inbound: 2, protocol: 'trojan' });
    const raw = await signedIn(sim);
    expect((await raw.post(`${API}/1/delClient/${sim.clientId('v1')}`)).json).toEqual({ success: true, msg: 'Inbound client has been deleted.', obj: null });
    expect(sim.user('v1')).toBeUndefined();
    expect((await raw.post(`${API}/2/delClient/${encodeURIComponent(sim.clientId('t1'))}`)).json.success).toBe(true);
    expect((await raw.post(`${API}/1/delClient/${sim.clientId('v2')}`)).json.msg).toBe('Something went wrong (no client remained in Inbound\n)');
    expect((await raw.post(`${API}/1/delClient/t2`)).json.msg).toBe('Something went wrong (Client Not Found In Inbound For ID: t2\n)');
    sim.addUser({ key: 't3', inbound: 2 });
    expect((await raw.post(`${API}/2/delClientByEmail/t3`)).json.msg).toBe('Client deleted successfully');
  });

  it('adds inbounds and clients through the API; duplicate emails are refused', async () => {
    const sim = await startSim(major);
    const raw = await signedIn(sim);
    const added = await raw.post(`${API}/add`, {
      remark: 'edge',
      enable: true,
      port: 443,
      protocol: 'vless',
      settings: JSON.stringify({ clients: [{ id: 'u-1', email: 'x@y', enable: true, totalGB: 0, expiryTime: 0 }], decryption: 'none' }),
      streamSettings: '{}',
      sniffing: '{}',
    });
    expect(added.json).toMatchObject({ success: true, msg: 'Inbound has been successfully created.', obj: { id: 1, remark: 'edge', tag: 'inbound-443' } });
    expect((await raw.post(`${API}/add`, { port: 443, protocol: 'vless', settings: '{"clients":[]}' })).json.msg).toBe('Something went wrong (Port already exists: 443\n)');
    const client = { id: 'u-2', email: 'z@y', enable: true };
    expect((await raw.post(`${API}/addClient`, { id: 1, settings: JSON.stringify({ clients: [client] }) })).json.msg).toBe('Inbound client(s) have been added.');
    expect((await raw.post(`${API}/addClient`, { id: 1, settings: JSON.stringify({ clients: [{ ...client, id: 'u-3' }] }) })).json.msg).toBe(
      'Something went wrong (Duplicate email: z@y\n)',
    );
    const traffic = await raw.req('GET', `${API}/getClientTraffics/z@y`);
    expect(traffic.json.obj).toMatchObject({ email: 'z@y', inboundId: 1, uuid: 'u-2', up: 0, down: 0, enable: true });
    expect((await raw.req('GET', `${API}/getClientTraffics/ghost`)).json.msg).toBe('Error getting traffics. (Inbound Not Found For Email: ghost\n)');
  });

  it('disables a client over its total or past its expiry, in clientStats and settings; delDepletedClients removes it', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'full', inbound: 1, dataLimit: 1000 });
    sim.addUser({ key: 'old', inbound: 1, expiresAt: new Date(Date.now() + 60_000) });
    sim.addUser({ key: 'ok', inbound: 1 });
    sim.addTraffic('full', 600, 400);
    expect(sim.user('full')).toMatchObject({ enabled: false, status: 'depleted', used: 1000 });
    expect(sim.clientEntry('full')!.enable).toBe(false);
    sim.state.traffics.get('old')!.expiryTime = Date.now() - 1;
    const raw = await signedIn(sim);
    const stats = (await raw.req('GET', `${API}/list`)).json.obj[0].clientStats;
    expect(stats.map((s: any) => [s.email, s.enable])).toEqual([['full', false], ['old', false], ['ok', true]]);
    expect((await raw.post(`${API}/delDepletedClients/1`)).json.msg).toBe('All depleted clients are deleted.');
    expect(sim.users().map((u) => u.key)).toEqual(['ok']);
  });

  it('starts a delayed expiry (negative expiryTime) with the first traffic', async () => {
    const sim = await startSim(major);
    sim.addUser({ key: 'later', inbound: 1 });
    sim.state.traffics.get('later')!.expiryTime = -86_400_000;
    const before = Date.now();
    sim.addTraffic('later', 1, 1);
    const expiry = sim.state.traffics.get('later')!.expiryTime;
    expect(expiry).toBeGreaterThanOrEqual(before + 86_400_000);
    expect(sim.clientEntry('later')!.expiryTime).toBe(expiry);
  });

  it('expired sessions are 404s until the next login', async () => {
    const sim = await startSim(major);
    const raw = await signedIn(sim);
    sim.expireSessions();
    expect((await raw.req('GET', `${API}/list`)).status).toBe(404);
  });

  it('control API and faults: users, traffic, failures, delay, outage on the same port', async () => {
    const sim = await startSim(major);
    const port = sim.http.port;
    const ctl = new Raw(sim.url.replace(/\/[^/]+$/, ''));
    expect((await ctl.req('POST', '/__sim/users', { json: { key: 'c1', inbound: 4, protocol: 'trojan', dataLimit: 500 } })).json).toMatchObject({ key: 'c1', inbound: 4, dataLimit: 500 });
    expect(sim.state.inbounds.get(4)!.protocol).toBe('trojan');
    expect((await ctl.req('POST', '/__sim/traffic', { json: { key: 'c1', up: 200, down: 300 } })).json).toMatchObject({ used: 500, enabled: false, status: 'depleted' });
    expect((await ctl.req('POST', '/__sim/users/c1/reset')).json).toMatchObject({ used: 0, moved: 500 });
    expect((await ctl.req('POST', '/__sim/users/c1/enabled', { json: { enabled: true } })).json).toMatchObject({ enabled: true, status: 'enabled' });
    expect((await ctl.req('GET', '/__sim/state')).json).toMatchObject({ kind: 'XUI', url: sim.url, users: [expect.objectContaining({ key: 'c1' })] });

    const raw = await signedIn(sim);
    await ctl.req('POST', '/__sim/fail', { json: { count: 1, status: 502, body: 'Bad Gateway' } });
    expect((await raw.req('GET', `${API}/list`)).status).toBe(502);
    await ctl.req('POST', '/__sim/delay', { json: { ms: 150 } });
    const t0 = Date.now();
    await raw.req('GET', `${API}/list`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    sim.http.delayMs = 0;
    await sim.stop();
    await expect(raw.req('GET', `${API}/list`)).rejects.toThrow();
    await sim.start();
    expect(sim.http.port).toBe(port);
    expect((await raw.req('GET', `${API}/list`)).json.success).toBe(true);
  });
});

describe('3x-ui v2 only', () => {
  it('has no CSRF and no API tokens; logout is a GET redirect', async () => {
    const sim = await startSim(2, { apiToken: 'ignored' });
    expect((await new Raw(sim.url).req('GET', '/csrf-token')).status).toBe(404);
    expect((await new Raw(sim.url).req('GET', `${API}/list`, { headers: { authorization: 'Bearer ignored' } })).status).toBe(404);
    const raw = await signedIn(sim);
    expect((await raw.post(`${API}/resetAllTraffics`)).json.success).toBe(true);
    const out = await raw.req('GET', '/logout');
    expect(out.status).toBe(307);
    expect(out.headers.get('location')).toBe(sim.panelBasePath);
    expect((await raw.req('GET', `${API}/list`)).status).toBe(404);
  });
});

describe('3x-ui v3 only', () => {
  it('wants the CSRF token on every unsafe request, login included', async () => {
    const sim = await startSim(3);
    const raw = new Raw(sim.url);
    expect(await raw.login()).toMatchObject({ status: 403, text: '' });
    const token = await raw.fetchCsrf();
    expect((await raw.req('GET', '/')).text).toContain(`<meta name="csrf-token" content="${token}">`);
    expect((await raw.login()).json.success).toBe(true);
    expect(await raw.req('POST', `${API}/resetAllTraffics`)).toMatchObject({ status: 403, text: '' });
    expect((await raw.req('GET', `${API}/list`)).json.success).toBe(true);
    expect((await raw.post(`${API}/resetAllTraffics`)).json.success).toBe(true);
    const fresh = await raw.req('GET', '/panel/csrf-token');
    expect(fresh.json).toEqual({ success: true, msg: '', obj: token });
    sim.rotateCsrfTokens();
    expect((await raw.post(`${API}/resetAllTraffics`)).status).toBe(403);
    raw.csrf = (await raw.req('GET', '/panel/csrf-token')).json.obj;
    expect((await raw.post(`${API}/resetAllTraffics`)).json.success).toBe(true);
    expect((await raw.post('/logout')).json).toEqual({ success: true });
  });

  it('accepts Bearer API tokens on /panel/api without a session or CSRF', async () => {
    const sim = await startSim(3, { apiToken: 'tok-123' });
    const raw = new Raw(sim.url);
    const bearer = { authorization: 'Bearer tok-123' };
    expect((await raw.req('GET', `${API}/list`, { headers: bearer })).json.success).toBe(true);
    expect((await raw.req('POST', `${API}/resetAllTraffics`, { headers: bearer })).json.success).toBe(true);
    expect((await raw.req('GET', `${API}/list`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
    expect((await raw.req('GET', '/panel/', { headers: bearer })).status).toBe(307);
  });

  it('blocks a username after five failed logins', async () => {
    const sim = await startSim(3);
    const raw = new Raw(sim.url);
    await raw.fetchCsrf();
    for (let i = 0; i < 5; i++) await raw.login('admin', 'wrong');
    expect((await raw.login()).json).toEqual({ success: false, msg: 'Invalid username or password or two-factor code.', obj: null });
  });
});
