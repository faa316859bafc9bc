import type { RouterOsSimulator } from '@tm/routeros-sim';
import { CREATE_USER, makeAgent, makeUser, unique } from '../support/factories';
import { GB, eventually } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, nextIp, nextMac, queueOf, startSim } from '../support/routers';

jest.setTimeout(120_000);

const LOGIN_FIELDS = 'id routerId routerName kind name userId username userStatus throttled held managed password routerProfile speedProfileId state lastError batchId';
const LOGINS = `query($r: ID, $u: ID) { routerLogins(routerId: $r, userId: $u) { ${LOGIN_FIELDS} } }`;
const IMPORT = 'mutation($r: ID!, $a: ID, $k: RouterLoginKind) { importRouterUsers(routerId: $r, agentId: $a, kind: $k) { imported linked unchanged skipped errors { name reason } } }';
const USERS_OF = 'query($a: ID) { users(filter: { agentId: $a }, first: 100) { nodes { id username dataLimit macAddress agentId } } }';

interface Login {
  id: string;
  kind: string;
  name: string;
  userId: string;
  username: string;
  managed: boolean;
  password: string | null;
  routerProfile: string | null;
  state: string;
  lastError: string | null;
}

describe(`router users: import, createUser with a router login, routerLogins (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string; name: string };
  const admin = () => ({ token: app.adminToken });
  const logins = async (vars: { r?: string; u?: string }, as = admin()) => ok(await app.gql(LOGINS, { r: vars.r ?? null, u: vars.u ?? null }, as)).routerLogins as Login[];
  const createUser = (input: Record<string, unknown>, as = admin()) => app.gql(CREATE_USER, { input: { username: unique('ru'), ...input } }, as);
  const userCount = async () => Number((await app.c.ds.query('SELECT COUNT(*) AS n FROM users'))[0].n);

  beforeAll(async () => {
    sim = await startSim();
    app = await startTestApp({ env: ROUTER_ENV });
    router = await addRouter(app, sim);
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  describe('importRouterUsers', () => {
    let other: RouterOsSimulator;
    let r2: { id: string };
    beforeAll(async () => {
      other = await startSim();
      r2 = await addRouter(app, other);
    });
    afterAll(() => other.stop());

    it('makes a user of the agent for each hotspot user and PPP secret, with limits and MACs; again: nothing new', async () => {
      const a = await makeAgent(app);
      const mac = nextMac();
      const n = (s: string) => `${s}-${a.id}`;
      other.addHotspotUser({ name: n('ann'), password: 'p1', limitBytesTotal: 2 * GB, macAddress: mac });
      other.addHotspotUser({ name: n('bob'), limitBytesTotal: GB, profile: 'default' });
      other.addHotspotUser({ name: n('cy') });
      other.addPppSecret({ name: n('dan'), password: 'x', service: 'pppoe' });

      const first = ok(await app.gql(IMPORT, { r: r2.id, a: a.id }, admin())).importRouterUsers;
      expect(first).toEqual({ imported: 4, linked: 0, unchanged: 0, skipped: 0, errors: [] });
      const users = new Map<string, { dataLimit: string | null; macAddress: string | null; agentId: string }>(
        ok(await app.gql(USERS_OF, { a: a.id }, admin())).users.nodes.map((u: { username: string }) => [u.username, u]),
      );
      expect(users.size).toBe(4);
      expect(users.get(n('ann'))).toMatchObject({ dataLimit: String(2 * GB), macAddress: mac, agentId: a.id });
      expect(users.get(n('bob'))).toMatchObject({ dataLimit: String(GB), macAddress: null });
      expect(users.get(n('cy'))).toMatchObject({ dataLimit: null });
      expect(users.get(n('dan'))).toMatchObject({ dataLimit: null });
      const linked = await logins({ r: r2.id }, a.as);
      expect(linked.map((l) => [l.kind, l.name, l.managed, l.password, l.state]).sort()).toEqual([
        ['HOTSPOT', n('ann'), false, null, 'PRESENT'],
        ['HOTSPOT', n('bob'), false, null, 'PRESENT'],
        ['HOTSPOT', n('cy'), false, null, 'PRESENT'],
        ['PPP', n('dan'), false, null, 'PRESENT'],
      ]);

      expect(ok(await app.gql(IMPORT, { r: r2.id, a: a.id }, admin())).importRouterUsers).toEqual({ imported: 0, linked: 0, unchanged: 4, skipped: 0, errors: [] });
      // An existing user of the same owner is linked, not created again.
      const eve = await makeUser(app, a.as);
      other.addPppSecret({ name: eve.username, password: 'y' });
      expect(ok(await app.gql(IMPORT, { r: r2.id, a: a.id, k: 'PPP' }, admin())).importRouterUsers).toEqual({ imported: 0, linked: 1, unchanged: 1, skipped: 0, errors: [] });
      expect((await logins({ u: eve.id }, a.as)).map((l) => l.kind)).toEqual(['PPP']);
    });

    it('a name that is no valid username, over quota, or another owner’s is skipped with its reason', async () => {
      const b = await makeAgent(app, { trafficLimit: String(GB) });
      const stranger = await makeUser(app, admin());
      const n = (s: string) => `${s}-${b.id}`;
      other.addHotspotUser({ name: n('gil'), limitBytesTotal: 5 * GB });
      other.addHotspotUser({ name: n('hal'), limitBytesTotal: GB / 2 });
      other.addHotspotUser({ name: n('ivy') }); // unlimited: an agent with a limit can't have one
      other.addHotspotUser({ name: 'x' });
      other.addHotspotUser({ name: stranger.username });
      const before = await userCount();

      const r = ok(await app.gql(IMPORT, { r: r2.id, a: b.id, k: 'HOTSPOT' }, admin())).importRouterUsers;
      expect(r).toMatchObject({ imported: 1, linked: 0, skipped: 4 });
      const reasons = new Map<string, string>(r.errors.map((e: { name: string; reason: string }) => [e.name, e.reason]));
      expect(reasons.get(n('gil'))).toMatch(/can still grant/);
      expect(reasons.get(n('ivy'))).toMatch(/need a data limit/);
      expect(reasons.get('x')).toMatch(/3–64 characters/);
      expect(reasons.get(stranger.username)).toMatch(/another owner/);
      expect(await userCount()).toBe(before + 1);
      expect((await logins({ r: r2.id }, b.as)).map((l) => l.name)).toEqual([n('hal')]);
    });

    it('admins only; an unreachable router is UNAVAILABLE with its message; unknown router or agent NOT_FOUND', async () => {
      const a = await makeAgent(app);
      expect(codeOf(await app.gql(IMPORT, { r: r2.id, a: a.id }, a.as))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(IMPORT, { r: '999999' }, admin()))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(IMPORT, { r: r2.id, a: '999999' }, admin()))).toBe('NOT_FOUND');
      await other.setDown(true);
      try {
        const down = await app.gql(IMPORT, { r: r2.id, a: a.id }, admin());
        expect(codeOf(down)).toBe('UNAVAILABLE');
        expect(down.errors![0].message).toMatch(/reach|refused|ECONNREFUSED/i);
      } finally {
        await other.setDown(false);
      }
    });
  });

  describe('createUser with routerLogin', () => {
    it('HOTSPOT: the router has the hotspot user with our password and profile; a speed profile follows its session', async () => {
      const a = await makeAgent(app);
      const { speedProfiles } = ok(await app.gql('{ speedProfiles { id name } }', {}, admin()));
      const basic = speedProfiles.find((p: { name: string }) => p.name === 'BASIC');
      const user = ok(await createUser({ routerLogin: { routerId: router.id, password: 'Secret 1!', routerProfile: 'default', speedProfileId: basic.id } }, a.as)).createUser;
      expect(user.agentId).toBe(a.id);
      const [login] = await logins({ u: user.id }, a.as);
      expect(login).toMatchObject({ kind: 'HOTSPOT', name: user.username, username: user.username, managed: true, password: 'Secret 1!', routerProfile: 'default', speedProfileId: basic.id, state: 'PRESENT' });
      expect(sim.hotspotUsers().find((u) => u.name === user.username)).toMatchObject({ password: 'Secret 1!', profile: 'default', disabled: false });

      const mac = nextMac();
      sim.login({ user: user.username, password: 'Secret 1!', macAddress: mac, address: nextIp() });
      await app.c.services.routerSync.tick();
      await eventually(async () => queueOf(sim, mac)?.maxLimit, (l) => l === '512000/1000000');
    });

    it('PPP: a PPP secret with a generated password (8 unambiguous characters) and the given profile', async () => {
      const user = ok(await createUser({ routerLogin: { routerId: router.id, kind: 'PPP', routerProfile: 'default-encryption' } })).createUser;
      const [login] = await logins({ u: user.id });
      expect(login).toMatchObject({ kind: 'PPP', managed: true, state: 'PRESENT', routerProfile: 'default-encryption' });
      expect(login.password).toMatch(/^[abcdefghjkmnpqrstuvwxyz2-9]{8}$/);
      expect(sim.pppSecrets().find((s) => s.name === user.username)).toMatchObject({ password: login.password, profile: 'default-encryption' });
    });

    it('a profile the router does not have: the user exists, its login FAILED with the router’s message', async () => {
      const user = ok(await createUser({ routerLogin: { routerId: router.id, routerProfile: 'no-such-profile' } })).createUser;
      const [login] = await logins({ u: user.id });
      expect(login.state).toBe('FAILED');
      expect(login.lastError).toBeTruthy();
    });

    it('router down: the user exists and its login waits; once the router is back a poll creates it', async () => {
      await sim.setDown(true);
      let user: { id: string; username: string };
      try {
        user = ok(await createUser({ routerLogin: { routerId: router.id, password: 'later-pass' } })).createUser;
        const [login] = await logins({ u: user.id });
        expect(['FAILED', 'PENDING']).toContain(login.state);
        expect(sim.hotspotUsers().find((u) => u.name === user.username)).toBeUndefined();
      } finally {
        await sim.setDown(false);
      }
      await eventually(
        async () => {
          await app.c.services.routerSync.tick();
          return (await logins({ u: user.id }))[0].state;
        },
        (s) => s === 'PRESENT',
      );
      expect(sim.hotspotUsers().find((u) => u.name === user.username)?.password).toBe('later-pass');
    });

    it('a bad login part is refused before anything is written', async () => {
      const before = await userCount();
      const taken = await makeUser(app, admin());
      await app.c.ds.query("INSERT INTO router_logins (router_id, kind, name, user_id, state, held) VALUES (?, 'HOTSPOT', ?, ?, 'PRESENT', 0)", [
        Number(router.id),
        'taken-name',
        Number(taken.id),
      ]);
      const cases: [Record<string, unknown>, string][] = [
        [{ routerId: '999999' }, 'NOT_FOUND'],
        [{ routerId: router.id, speedProfileId: '999999' }, 'NOT_FOUND'],
        [{ routerId: router.id, password: '' }, 'BAD_USER_INPUT'],
        [{ routerId: router.id, password: 'x'.repeat(65) }, 'BAD_USER_INPUT'],
        [{ routerId: router.id, password: 'tab\there' }, 'BAD_USER_INPUT'],
      ];
      for (const [routerLogin, code] of cases) expect([routerLogin, codeOf(await createUser({ routerLogin }))]).toEqual([routerLogin, code]);
      expect(codeOf(await createUser({ username: 'taken-name', routerLogin: { routerId: router.id } }))).toBe('CONFLICT');
      expect(await userCount()).toBe(before + 1);
    });
  });

  it('routerLogins: an agent sees its own users’ logins only', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const mine = ok(await createUser({ routerLogin: { routerId: router.id } }, a.as)).createUser;
    ok(await createUser({ routerLogin: { routerId: router.id } }, b.as));
    expect((await logins({}, a.as)).map((l) => l.userId)).toEqual([mine.id]);
    expect(await logins({ u: mine.id }, b.as)).toEqual([]);
    expect((await logins({ r: router.id })).length).toBeGreaterThanOrEqual(2);
  });
});
