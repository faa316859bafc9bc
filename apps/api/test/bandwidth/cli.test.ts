import type { RouterOsSimulator } from '@tm/routeros-sim';
import { runCli } from '../support/cli';
import { makeAgent, makeUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, nextIp, nextMac, queueOf, startSim } from '../support/routers';

jest.setTimeout(120_000);

describe(`command line (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string; name: string };

  const cli = (...args: string[]) => runCli(app.db.url, ROUTER_ENV, ...args);

  beforeAll(async () => {
    sim = await startSim({ identity: 'cli-gw' });
    app = await startTestApp({ env: ROUTER_ENV });
    router = await addRouter(app, sim);
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('lists and tests routers, sets and removes limits by MAC and by user, lists agents with usage — through the same services', async () => {
    expect(await cli('list-routers')).toMatchObject({ code: 0, out: expect.stringContaining(`${router.name}\t127.0.0.1:${sim.port}\tUNKNOWN`) });
    expect(await cli('test-router', router.name)).toEqual({ code: 0, out: expect.stringMatching(/cli-gw, RouterOS 7\.18\.2 \(stable\), \d+ ms/) });

    const mac = nextMac();
    sim.addSession({ user: 'cli-walk-in', address: nextIp(), macAddress: mac });
    const set = await cli('set-limit', router.id, mac, '1M/2M');
    expect(set).toEqual({ code: 0, out: `${mac} on ${router.name}: 1M/2M, APPLIED\n` });
    expect(queueOf(sim, mac)?.maxLimit).toBe('1000000/2000000');

    const agent = await makeAgent(app, { trafficLimit: String(10 * 1024 ** 3) });
    const userMac = nextMac();
    const user = await makeUser(app, agent.as, { macAddress: userMac, dataLimit: String(1024 ** 3) });
    expect(await cli('set-limit', router.name, user.username, 'premium')).toMatchObject({ code: 0, out: expect.stringContaining('5M/10M, WAITING') });
    const limits = await cli('list-limits', router.name);
    expect(limits.out).toContain(`${mac}\t-\t1M/2M\tAPPLIED`);
    expect(limits.out).toContain(`${userMac}\t${user.username}\t5M/10M\tWAITING`);

    expect(await cli('remove-limit', router.name, mac)).toEqual({ code: 0, out: 'limit removed\n' });
    expect(queueOf(sim, mac)).toBeUndefined();
    expect(await cli('list-agents')).toMatchObject({ code: 0, out: expect.stringContaining(`${agent.username}\tACTIVE\tused 0 B of 10.00 GB (0.0%)`) });

    // Bad input: the service's message, a failing exit code, nothing written.
    const bad = await cli('set-limit', router.name, nextMac(), 'fast/2M');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Upload must be a speed like 512K/);
    expect((await cli('test-router', 'nope')).out).toContain('no router "nope"');
  });

  it('imports router users, syncs a router (cut-off) and lists who is cut off', async () => {
    const agent = await makeAgent(app, { trafficLimit: String(10 * 1024 ** 3) });
    const names = [`cli-hs-${Date.now()}`, `cli-hs2-${Date.now()}`];
    for (const name of names) sim.addHotspotUser({ name, password: 'pw', limitBytesTotal: 1024 ** 3 });
    const imported = await cli('import-router-users', router.name, agent.username, 'hotspot');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^2 imported, 0 linked, \d+ unchanged, 0 skipped\n$/);
    const mac = nextMac();
    sim.login({ user: names[0], password: 'pw', macAddress: mac, address: nextIp() });
    await app.c.ds.query("UPDATE users SET status = 'DISABLED' WHERE username = ?", [names[0]]);
    const sync = await cli('sync-router', router.name);
    expect(sync).toMatchObject({ code: 0, out: expect.stringContaining('logins 1 disabled, 0 enabled, 1 sessions kicked') });
    expect(sim.hotspotUsers().find((u) => u.name === names[0])?.disabled).toBe(true);
    const cut = await cli('list-cutoffs', router.name);
    expect(cut.out).toContain(`${router.name}\tHOTSPOT\t${names[0]}\tDISABLED`);
    expect(cut.out).toContain('1 cut off');
    expect((await cli('import-router-users', router.name, 'no-such-agent')).code).toBe(1);
  });
});
