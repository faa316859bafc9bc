/**
 * Connectors as admins manage them (I1/I2): add, test, edit, remove; the panel's own message when it
 * refuses us; sessions re-logged once; 3x-ui v3's CSRF token; who may do what (agents never see a
 * connector); bad input is a typed error that changes nothing; the all-or-nothing import.
 */
import type { PanelSimulator, XuiSimulator } from '@tm/panel-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB } from '../support/limits';
import { CONNECTOR_FIELDS, IMPORT, MARZBAN, PANEL_ADMIN, XUI3, addConnector, poll, startPanel } from '../support/panels';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(180_000);

const CONNECTORS = `query { connectors { ${CONNECTOR_FIELDS} hasPassword hasTotpSecret hasApiToken pollSeconds deleteDepleted } }`;
const TEST = 'mutation($id: ID!) { testConnector(id: $id) { ok version userCount latencyMs error connector { status lastError } } }';
const UPDATE = `mutation($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { ${CONNECTOR_FIELDS} pollSeconds } }`;
const DELETE = 'mutation($id: ID!) { deleteConnector(id: $id) }';
const CREATE = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { id } }`;
const USERS = 'query($a: ID) { users(filter: { agentId: $a }, first: 100) { totalCount nodes { username agentId dataLimit status } } }';
const USER_PANELS = 'query($id: ID!) { user(id: $id) { panels { panelKey } } }';

describe(`connectors (${TEST_DB})`, () => {
  let app: TestApp;
  let marzban: PanelSimulator;
  let xui: XuiSimulator;
  const admin = () => ({ token: app.adminToken });
  const count = async () => ok(await app.gql(CONNECTORS, {}, admin())).connectors.length as number;

  beforeAll(async () => {
    [marzban, xui] = [await startPanel(MARZBAN), (await startPanel(XUI3)) as XuiSimulator];
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
    await marzban?.stop();
    await xui?.stop();
  });

  it('test reads the panel’s version and user count; secrets are never returned', async () => {
    marzban.addUser({ key: 'tester-1' });
    const id = await addConnector(app, MARZBAN, marzban);
    const { testConnector: t } = ok(await app.gql(TEST, { id }, admin()));
    expect(t).toMatchObject({ ok: true, error: null, connector: { status: 'ONLINE', lastError: null } });
    expect(t.version).toBeTruthy();
    expect(t.userCount).toBeGreaterThanOrEqual(1);
    const listed = (ok(await app.gql(CONNECTORS, {}, admin())).connectors as Record<string, unknown>[]).find((c) => c.id === id)!;
    expect(listed).toMatchObject({ hasPassword: true, hasTotpSecret: false, hasApiToken: false, pollSeconds: 60, url: marzban.url });
    expect(JSON.stringify(listed)).not.toContain(PANEL_ADMIN.password);
  });

  it('a poll records the panel’s version and when the next poll is due', async () => {
    const id = await addConnector(app, MARZBAN, marzban, { pollSeconds: 120 });
    await poll(app, id);
    const c = ok(await app.gql('query($id: ID!) { connector(id: $id) { version lastSyncAt nextPollAt } }', { id }, admin())).connector;
    expect(c.version).toBe('0.8.4');
    expect(new Date(c.nextPollAt).getTime() - new Date(c.lastSyncAt).getTime()).toBe(120_000);
  });

  it('wrong credentials: FAILED with the panel’s own message, for Marzban and 3x-ui', async () => {
    for (const [panel, sim, message] of [[MARZBAN, marzban, 'Incorrect username or password'], [XUI3, xui, '']] as const) {
      const id = await addConnector(app, panel, sim, { password: 'wrong-password' });
      const { testConnector: t } = ok(await app.gql(TEST, { id }, admin()));
      expect(t.ok).toBe(false);
      expect(t.connector.status).toBe('FAILED');
      expect(t.error).toBeTruthy();
      if (message) expect(t.error).toContain(message);
      expect(t.connector.lastError).toBe(t.error);
      // Fixed credentials: tried at once, back ONLINE.
      ok(await app.gql(UPDATE, { id, input: { password: PANEL_ADMIN.password } }, admin()));
      expect((await poll(app, id)).ok).toBe(true);
    }
  });

  it('an expired session re-logs in once; a 3x-ui v3 panel’s stale CSRF token is fetched anew', async () => {
    for (const [panel, sim, login] of [[MARZBAN, marzban, /\/api\/admin\/token$/], [XUI3, xui, /\/login$/]] as const) {
      const id = await addConnector(app, panel, sim);
      await poll(app, id);
      const logins = () => sim.http.requests.filter((r) => login.test(r.path)).length;
      const before = logins();
      sim.expireSessions();
      expect((await poll(app, id)).ok).toBe(true);
      expect(logins() - before).toBe(1);
      expect((await poll(app, id)).ok).toBe(true);
      expect(logins() - before).toBe(1);
    }
    const id = await addConnector(app, XUI3, xui);
    const u = await makeUser(app, admin(), {});
    xui.addUser({ key: u.username, inbound: 1 });
    await poll(app, id);
    xui.rotateCsrfTokens();
    ok(await app.gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: u.id, input: { status: 'DISABLED' } }, admin()));
    const r = await poll(app, id);
    expect([r.ok, r.disabled, r.failedPushes]).toEqual([true, 1, 0]);
    expect(xui.user(u.username)!.enabled).toBe(false);
  });

  it('bad input is BAD_USER_INPUT, a taken name CONFLICT, and nothing is written', async () => {
    const before = await count();
    const base = { name: 'bad one', kind: 'MARZBAN', url: marzban.url, ...PANEL_ADMIN };
    for (const input of [
      { ...base, url: 'ftp://panel' },
      { ...base, url: 'not a url' },
      { ...base, url: `${marzban.url}?x=1` },
      { ...base, name: '' },
      { ...base, username: null, password: null },
      { ...base, pollSeconds: 1 },
      { ...base, pollSeconds: 999_999 },
      { ...base, totpSecret: 'not base32!' },
      { ...base, name: 'x'.repeat(101) },
    ]) {
      expect(codeOf(await app.gql(CREATE, { input }, admin()))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await app.gql(CREATE, { input: { ...base, kind: 'HIDDIFY' } }, admin()))).toBe('BAD_USER_INPUT');
    const id = await addConnector(app, MARZBAN, marzban, { name: 'taken-name' });
    expect(codeOf(await app.gql(CREATE, { input: { ...base, name: 'taken-name' } }, admin()))).toBe('CONFLICT');
    expect(codeOf(await app.gql(UPDATE, { id, input: { pollSeconds: 5 } }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(TEST, { id: '99999999' }, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(TEST, { id: 'abc' }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql('query { panelUsers(connectorId: "99999999") { panelKey } }', {}, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('query { connectorLog(connectorId: "99999999") { id } }', {}, admin()))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('query($id: ID!) { panelUsers(connectorId: $id, first: 0) { panelKey } }', { id }, admin()))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before + 1);
    ok(await app.gql(DELETE, { id }, admin()));
    expect(await count()).toBe(before);
  });

  it('agents never see or touch connectors', async () => {
    const agent = await makeAgent(app);
    const id = await addConnector(app, MARZBAN, marzban);
    for (const [query, vars] of [
      [CONNECTORS, {}],
      [TEST, { id }],
      [DELETE, { id }],
      [CREATE, { input: { name: 'mine', kind: 'MARZBAN', url: marzban.url, ...PANEL_ADMIN } }],
      ['mutation($id: ID!) { syncConnector(connectorId: $id) { id } }', { id }],
      [IMPORT, { c: id, a: agent.id }],
      ['query($id: ID!) { panelUsers(connectorId: $id) { panelKey } }', { id }],
      ['query($id: ID!) { connectorLog(connectorId: $id) { id } }', { id }],
    ] as const) {
      const r = await app.gql(query, vars, agent.as);
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const own = await makeUser(app, agent.as);
    expect(codeOf(await app.gql(USER_PANELS, { id: own.id }, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CONNECTORS, {}, 'anonymous'))).toBe('UNAUTHENTICATED');
  });

  it('import: 500 panel users for an agent with room for 300 is refused whole; with room, all of them, and they stay the agent’s own', async () => {
    const sim = await startPanel(MARZBAN);
    try {
      for (let i = 0; i < 500; i++) sim.addUser({ key: `imp${i.toString().padStart(3, '0')}x`, dataLimit: GB, expiresAt: i % 10 === 0 ? new Date(Date.now() + 86_400_000) : null, enabled: i % 50 !== 0 });
      sim.addUser({ key: 'No spaces allowed here' });
      const id = await addConnector(app, MARZBAN, sim);
      const tight = await makeAgent(app, { trafficLimit: String(300 * GB) });
      const refused = await app.gql(IMPORT, { c: id, a: tight.id }, admin());
      expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
      expect(refused.errors?.[0].extensions?.remaining).toBe(String(300 * GB));
      expect(ok(await app.gql(USERS, { a: tight.id }, admin())).users.totalCount).toBe(0);

      const roomy = await makeAgent(app, { trafficLimit: String(600 * GB) });
      const { importConnectorUsers: r } = ok(await app.gql(IMPORT, { c: id, a: roomy.id }, admin()));
      expect(r).toMatchObject({ imported: 500, skipped: 1, unmapped: 1 });
      expect(r.skippedUsers[0].panelKey).toBe('No spaces allowed here');
      const users = ok(await app.gql(USERS, { a: roomy.id }, roomy.as)).users;
      expect(users.totalCount).toBe(500);
      expect(users.nodes.every((u: { agentId: string; dataLimit: string }) => u.agentId === roomy.id && u.dataLimit === String(GB))).toBe(true);
      const all = ok(await app.gql('query($a: ID) { users(filter: { agentId: $a, status: DISABLED }, first: 100) { totalCount } }', { a: roomy.id }, admin())).users;
      expect(all.totalCount).toBe(10);
      // Again: nothing left to import, nothing doubled.
      expect(ok(await app.gql(IMPORT, { c: id, a: roomy.id }, admin())).importConnectorUsers).toMatchObject({ imported: 0, unmapped: 1 });
      // Another agent sees none of them; their panel traffic lands on the importing agent.
      const other = await makeAgent(app);
      expect(ok(await app.gql(USERS, { a: roomy.id }, other.as)).users.totalCount).toBe(0);
      sim.addTraffic('imp001x', 0, 5000);
      await poll(app, id);
      const traffic = ok(await app.gql('query($a: ID!) { agentTraffic(agentId: $a) { charged } }', { a: roomy.id }, admin())).agentTraffic;
      expect(traffic.charged).toBe('5000');
    } finally {
      await sim.stop();
    }
  });
});
