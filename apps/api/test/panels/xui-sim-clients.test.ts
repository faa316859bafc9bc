/** The 3x-ui v3.1+ simulator's email-keyed clients API, driven with raw fetch calls. */
import { API, Raw, signedIn, startSim, stopSims } from './xui-raw';

afterEach(stopSims);

describe('3x-ui v3.1+ simulator: the clients API', () => {
  const CLIENTS = '/panel/api/clients';
  const at = (version: string) => startSim(3, { version });

  it('moves client operations to /panel/api/clients: the inbound client routes are gone, inbounds carry nested JSON, status says the version', async () => {
    const sim = await at('3.6.0');
    sim.addUser({ key: 'ann', inbound: 1 });
    sim.addTraffic('ann', 1, 2);
    const raw = new Raw(sim.url);
    await raw.fetchCsrf();
    expect((await raw.login()).json.msg).toBe('You have successfully logged into your account.');
    for (const path of [`${API}/updateClient/${sim.clientId('ann')}`, `${API}/1/resetClientTraffic/ann`, `${API}/resetAllClientTraffics/1`, `${API}/1/delClient/x`]) expect(await raw.post(path, {})).toMatchObject({ status: 404, text: '' });
    expect((await raw.req('GET', `${API}/getClientTraffics/ann`)).status).toBe(404);
    const [inbound] = (await raw.req('GET', `${API}/list`)).json.obj;
    expect(Object.keys(inbound)).toEqual(['id', 'up', 'down', 'total', 'remark', 'enable', 'expiryTime', 'trafficReset', 'lastTrafficResetTime', 'clientStats', 'listen', 'port', 'protocol', 'tag', 'settings', 'streamSettings', 'sniffing']);
    expect(inbound.settings.clients[0]).toMatchObject({ email: 'ann', id: sim.clientId('ann') });
    expect(inbound.streamSettings.network).toBe('tcp');
    expect(inbound.clientStats[0]).not.toHaveProperty('allTime');
    expect((await raw.req('GET', `${API}/get/1`)).json.obj.clientStats).toHaveLength(1);
    expect((await raw.req('GET', '/panel/api/server/status')).json.obj.panelVersion).toBe('3.6.0');
    const legacy = await signedIn(await startSim(3));
    expect((await legacy.req('GET', '/panel/api/server/status')).json.obj).not.toHaveProperty('panelVersion');
  });

  it('get, list and traffic by email', async () => {
    const sim = await at('3.6.0');
    sim.addUser({ key: 'ann', inbound: 1, dataLimit: 5000 });
    sim.addTraffic('ann', 100, 200);
    const raw = await signedIn(sim);
    const got = (await raw.req('GET', `${CLIENTS}/get/ann`)).json.obj;
    expect(got).toMatchObject({ client: { email: 'ann', uuid: sim.clientId('ann'), totalGB: 5000, enable: true }, inboundIds: [1], externalLinks: [], usedTraffic: 300 });
    expect((await raw.req('GET', `${CLIENTS}/get/ghost`)).json).toEqual({ success: false, msg: 'Obtain (record not found)', obj: null });
    expect((await raw.req('GET', `${CLIENTS}/list`)).json.obj).toEqual([expect.objectContaining({ email: 'ann', inboundIds: [1], traffic: expect.objectContaining({ up: 100, down: 200 }) })]);
    expect((await raw.req('GET', `${CLIENTS}/traffic/ghost`)).json).toEqual({ success: true, msg: '', obj: null });
  });

  it('update replaces the entry in every inbound with the body as model.Client: unknown keys go, left-out fields are zeroed (and, before v3.4, a new uuid made)', async () => {
    for (const version of ['3.1.0', '3.6.0']) {
      const sim = await at(version);
      sim.addUser({ key: 'ann', inbound: 1, dataLimit: 5000 });
      sim.addUser({ key: 'bob', inbound: 1 });
      const before = sim.clientEntry('ann')!;
      const raw = await signedIn(sim);
      expect((await raw.post(`${CLIENTS}/update/ann`, { email: 'ann', enable: false, custom: 1 })).json).toEqual({ success: true, msg: 'Inbound client has been updated.', obj: null });
      const after = sim.clientEntry('ann')!;
      expect(after).toMatchObject({ enable: false, totalGB: 0, limitIp: 0, subId: before.subId, created_at: before.created_at, security: '' });
      expect(after).not.toHaveProperty('custom');
      expect(after.id === before.id).toBe(version === '3.6.0');
      expect(sim.state.traffics.get('ann')).toMatchObject({ enable: false, total: 0n });
      expect((await raw.post(`${CLIENTS}/update/ann`, { email: 'ann', totalGB: '1' })).json.msg).toBe('Something went wrong (json: cannot unmarshal string into Go struct field Client.totalGB of type int64)');
      expect((await raw.post(`${CLIENTS}/update/ann`, { email: 'bob' })).json.msg).toBe('Something went wrong (Duplicate email: bob\n)');
      expect((await raw.post(`${CLIENTS}/update/ghost`, { email: 'ghost' })).json.msg).toBe('Something went wrong (record not found)');
    }
  });

  it('resets one client (from v3.4 enabling it again), a list of them (v3.2 on) and all', async () => {
    for (const version of ['3.1.0', '3.6.0']) {
      const sim = await at(version);
      for (const [key, inbound] of [['a', 1], ['b', 1], ['c', 2]] as const) {
        sim.addUser({ key, inbound });
        sim.addTraffic(key, 100, 200);
      }
      sim.setEnabled('a', false);
      const raw = await signedIn(sim);
      expect((await raw.post(`${CLIENTS}/resetTraffic/a`)).json).toEqual({ success: true, msg: 'Traffic has been reset.', obj: null });
      expect(sim.user('a')).toMatchObject({ used: 0, enabled: version === '3.6.0' });
      expect((await raw.post(`${CLIENTS}/resetTraffic/ghost`)).json.msg).toBe('Something went wrong (record not found)');
      const bulk = await raw.post(`${CLIENTS}/bulkResetTraffic`, { emails: ['b', 'ghost'] });
      if (version === '3.1.0') expect(bulk.status).toBe(404);
      else expect([bulk.json, sim.user('b')!.used, sim.user('c')!.used]).toEqual([{ success: true, msg: '', obj: { affected: 1 } }, 0, 300]);
      expect((await raw.post(`${CLIENTS}/resetAllTraffics`)).json.msg).toBe('Traffic for all clients has been reset.');
      expect(sim.users().every((u) => u.used === 0)).toBe(true);
    }
  });

  it('bulkEnable / bulkDisable (v3.5 on) change enable and nothing else', async () => {
    const sim = await at('3.6.0');
    sim.addUser({ key: 'ann', inbound: 1 });
    const before = sim.clientEntry('ann')!;
    const raw = await signedIn(sim);
    expect((await raw.post(`${CLIENTS}/bulkDisable`, { emails: ['ann', 'ghost'] })).json.obj).toEqual({ changed: 1, skipped: [{ email: 'ghost', reason: 'client not found' }] });
    expect(sim.clientEntry('ann')).toEqual({ ...before, enable: false, updated_at: expect.any(Number) });
    expect(sim.state.traffics.get('ann')!.enable).toBe(false);
    expect((await raw.post(`${CLIENTS}/bulkEnable`, { emails: ['ann'] })).json.obj).toEqual({ changed: 1 });
    expect(sim.user('ann')!.enabled).toBe(true);
    expect((await (await signedIn(await at('3.4.0'))).post(`${CLIENTS}/bulkEnable`, { emails: ['ann'] })).status).toBe(404);
  });

  it('a client attached to two inbounds has one counters row, shown in both from v3.4; del removes it everywhere, the last client of an inbound too', async () => {
    for (const version of ['3.2.0', '3.6.0']) {
      const sim = await at(version);
      sim.addUser({ key: 'ann', inbound: 1 });
      sim.addUser({ key: 'bob', inbound: 1 });
      sim.attachUser('ann', 2);
      sim.addTraffic('ann', 5, 5);
      const raw = await signedIn(sim);
      const [one, two] = (await raw.req('GET', `${API}/list`)).json.obj;
      expect(one.clientStats.map((t: { email: string }) => t.email)).toEqual(['ann', 'bob']);
      expect(two.clientStats.map((t: { email: string }) => t.email)).toEqual(version === '3.6.0' ? ['ann'] : []);
      expect((await raw.req('GET', `${CLIENTS}/get/ann`)).json.obj.inboundIds).toEqual([1, 2]);
      expect((await raw.post(`${CLIENTS}/del/ann`)).json).toEqual({ success: true, msg: 'Inbound client has been deleted.', obj: null });
      expect([sim.state.clientsOf(sim.state.inbounds.get(2)!), sim.state.traffics.has('ann')]).toEqual([[], false]);
      await raw.post(`${CLIENTS}/del/bob?keepTraffic=1`);
      expect([sim.user('bob')?.used, sim.state.traffics.has('bob')]).toEqual([0, true]);
      expect((await raw.post(`${CLIENTS}/del/ghost`)).json.msg).toBe('Something went wrong (client "ghost" not found in any inbound or client record\n)');
    }
  });
});
