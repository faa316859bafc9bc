/**
 * The over-limit choice's rules (bad input is typed and changes nothing; agents can't choose for
 * themselves) and cut-off under concurrency: many users suspended at once while two instances pass
 * over the same router, with a limit raise racing them.
 */
import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, nextIp, nextMac, startSim } from '../support/routers';

jest.setTimeout(120_000);

const AGENT_LIMIT = 'mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }';
const CREATE_AGENT = 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { id overLimitAction throttleProfileId } }';
const UPDATE_AGENT = 'mutation($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id overLimitAction throttleProfileId } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id overLimitAction throttleProfileId } }';
const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id overLimitAction throttleProfileId } }';
const PROFILES = 'query { speedProfiles { id name } }';

describe(`over-limit choice and cut-off under load (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string };
  let basic: string;
  const admin = () => app.adminToken;

  beforeAll(async () => {
    sim = await startSim();
    app = await startTestApp({ env: ROUTER_ENV });
    router = await addRouter(app, sim);
    basic = (ok(await app.gql(PROFILES, {}, { token: admin() })).speedProfiles as { id: string; name: string }[]).find((p) => p.name === 'BASIC')!.id;
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('bad choices are BAD_USER_INPUT and change nothing; a user inherits its agent’s throttle profile', async () => {
    const [{ n: before }] = await app.c.ds.query("SELECT COUNT(*) AS n FROM accounts WHERE role = 'AGENT'");
    for (const input of [
      { overLimitAction: 'THROTTLE' },
      { overLimitAction: 'THROTTLE', throttleProfileId: '999999' },
      { overLimitAction: 'SLOW' },
      { throttleProfileId: 'abc' },
    ]) {
      const res = await app.gql(CREATE_AGENT, { input: { username: `bad-${Math.random().toString(36).slice(2, 8)}`, password: 'agent-password-1', ...input } }, { token: admin() });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    const [{ n: after }] = await app.c.ds.query("SELECT COUNT(*) AS n FROM accounts WHERE role = 'AGENT'");
    expect(Number(after)).toBe(Number(before));

    const agent = await makeAgent(app, {});
    expect(codeOf(await app.gql(UPDATE_AGENT, { id: agent.id, input: { overLimitAction: 'THROTTLE' } }, { token: admin() }))).toBe('BAD_USER_INPUT');
    // Agents don't choose what their own limit does to them.
    expect(codeOf(await app.gql(UPDATE_AGENT, { id: agent.id, input: { overLimitAction: 'THROTTLE', throttleProfileId: basic } }, { token: agent.token }))).toBe('FORBIDDEN');
    const user = await makeUser(app, agent.as, {});
    expect(codeOf(await app.gql(UPDATE_USER, { id: user.id, input: { overLimitAction: 'THROTTLE' } }, agent.as))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE_USER, { id: user.id, input: { throttleProfileId: '424242' } }, agent.as))).toBe('BAD_USER_INPUT');
    expect(ok(await app.gql('query($id: ID!) { user(id: $id) { overLimitAction throttleProfileId } }', { id: user.id }, agent.as)).user).toEqual({ overLimitAction: null, throttleProfileId: null });

    ok(await app.gql(UPDATE_AGENT, { id: agent.id, input: { overLimitAction: 'THROTTLE', throttleProfileId: basic } }, { token: admin() }));
    expect(ok(await app.gql(UPDATE_USER, { id: user.id, input: { overLimitAction: 'THROTTLE' } }, agent.as)).updateUser).toMatchObject({ overLimitAction: 'THROTTLE', throttleProfileId: null });
    const created = ok(await app.gql(CREATE_USER, { input: { username: `own-${Date.now()}`, overLimitAction: 'SUSPEND' } }, agent.as)).createUser;
    expect(created).toMatchObject({ overLimitAction: 'SUSPEND', throttleProfileId: null });
  });

  it('deleting a speed profile used to throttle is a CONFLICT', async () => {
    const profile = ok(await app.gql('mutation { createSpeedProfile(input: { name: "THROTTLE_ME", up: "64K", down: "128K" }) { id } }', {}, { token: admin() })).createSpeedProfile;
    await makeAgent(app, { overLimitAction: 'THROTTLE', throttleProfileId: profile.id });
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteSpeedProfile(id: $id) }', { id: profile.id }, { token: admin() }))).toBe('CONFLICT');
  });

  // Two API processes on one MariaDB (on SQLite two instances in one process block each other's event loop).
  (TEST_DB === 'mariadb' ? it : it.skip)('30 users suspended at once while two instances pass over the router: all cut, held once, all back', async () => {
    const second = await startTestApp({ env: ROUTER_ENV, db: app.db });
    try {
      const agent = await makeAgent(app, { trafficLimit: String(10 * GB) });
      const users = await Promise.all(Array.from({ length: 30 }, () => makeUser(app, agent.as, { dataLimit: String(GB / 128) })));
      const macs = users.map(() => nextMac());
      users.forEach((u, i) => {
        sim.addHotspotUser({ name: u.username, password: 'pw' });
        sim.login({ user: u.username, password: 'pw', macAddress: macs[i], address: nextIp() });
      });
      const both = () => Promise.all([app.c.services.routerSync.tick(), second.c.services.routerSync.tick(), app.c.services.routerSync.tick(), second.c.services.routerSync.tick()]);
      // Charged usage past the limit, through 30 parallel checks.
      await app.c.ds.query('UPDATE accounts SET charged_bytes = ? WHERE id = ?', [String(11 * GB), Number(agent.id)]);
      await Promise.all([...users.map(() => app.gql('mutation($a: ID!) { checkAgent(agentId: $a) { agentId } }', { a: agent.id }, { token: admin() }).then(ok)), both()]);
      await both();
      const names = new Set(users.map((u) => u.username));
      const ours = () => sim.hotspotUsers().filter((h) => names.has(h.name));
      expect(ours().every((h) => h.disabled)).toBe(true);
      expect(sim.sessions().filter((s) => names.has(s.user))).toEqual([]);
      const [{ n }] = await app.c.ds.query('SELECT COUNT(*) AS n FROM router_logins WHERE router_id = ? AND held = 1', [Number(router.id)]);
      expect(Number(n)).toBe(30);

      await Promise.all([app.gql(AGENT_LIMIT, { a: agent.id, l: String(100 * GB) }, { token: admin() }).then(ok), both()]);
      await eventually(async () => {
        await both();
        return ours().filter((h) => h.disabled).length;
      }, (left) => left === 0);
      const [{ n: stillHeld }] = await app.c.ds.query('SELECT COUNT(*) AS n FROM router_logins WHERE router_id = ? AND held = 1', [Number(router.id)]);
      expect(Number(stillHeld)).toBe(0);
    } finally {
      await second.close();
    }
  });
});
