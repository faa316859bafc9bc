/**
 * I1/I2 push (invariant 4 in the panels): a user of ours that may not be online is disabled in the
 * panel within the poll that crossed the line; back under, exactly the users WE disabled are enabled
 * again; one disabled by hand in the panel stays so; drift is put back; a deleted user's service ends.
 */
import type { PanelSimulator } from '@tm/panel-sim';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually } from '../support/limits';
import { MARZBAN, PASARGUARD, PANEL_USERS, XUI2, XUI3, XUI36, addConnector, poll, startPanel, type PanelCase } from '../support/panels';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(180_000);

const AGENT_LIMIT = 'mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }';
const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status } }';
const DELETE_USER = 'mutation($id: ID!) { deleteUser(id: $id) }';
const USER_PANELS = 'query($id: ID!) { user(id: $id) { status panels { connectorName panelKey enabled held panelStatus } } }';
const LOG = 'query($id: ID!) { connectorLog(connectorId: $id, first: 200) { action panelKey ok status message } }';

describe.each([MARZBAN, PASARGUARD, XUI2, XUI3, XUI36])(`panel push: %s (${TEST_DB})`, (panel: PanelCase) => {
  let app: TestApp;
  let sim: PanelSimulator;
  let connectorId: string;
  const admin = () => ({ token: app.adminToken });
  const enabled = (key: string) => sim.user(key)!.enabled;

  beforeAll(async () => {
    sim = await startPanel(panel);
    app = await startTestApp();
    connectorId = await addConnector(app, panel, sim);
  });
  afterAll(async () => {
    await app?.close();
    await sim?.stop();
  });

  async function agentWithUsers(count: number) {
    const agent = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const users = [];
    for (let i = 0; i < count; i++) {
      const u = await makeUser(app, agent.as, { dataLimit: String(GB) });
      sim.addUser({ key: u.username, inbound: 1 + (i % 2) });
      users.push(u);
    }
    expect((await poll(app, connectorId)).ok).toBe(true);
    return { agent, users };
  }

  it('an agent pushed over its limit by panel traffic: all its users disabled within one poll; raising the limit enables exactly those', async () => {
    const { agent, users } = await agentWithUsers(4);
    const [a, b, c, handOff] = users;
    // An operator disabled this one in the panel by hand: never ours to enable.
    sim.setEnabled(handOff.username, false);
    ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(2 * GB) }, admin()));
    sim.addTraffic(a.username, 0, Math.round(0.6 * GB));
    sim.addTraffic(b.username, 0, Math.round(0.6 * GB));
    sim.addTraffic(c.username, 0, Math.round(0.9 * GB));

    const r = await poll(app, connectorId);
    expect(r.ok).toBe(true);
    expect(r.disabled).toBe(3);
    expect(users.map((u) => enabled(u.username))).toEqual([false, false, false, false]);
    const panels = ok(await app.gql(USER_PANELS, { id: a.id }, admin())).user;
    expect(panels.status).toBe('SUSPENDED');
    expect(panels.panels).toEqual([expect.objectContaining({ panelKey: a.username, enabled: false, held: true })]);
    expect(ok(await app.gql(USER_PANELS, { id: handOff.id }, admin())).user.panels[0].held).toBe(false);

    // Drift: someone enables a suspended user in the panel; the next poll puts it back.
    sim.setEnabled(b.username, true);
    const drift = await poll(app, connectorId);
    expect(drift.disabled).toBe(1);
    expect(enabled(b.username)).toBe(false);

    // An idle poll pushes nothing.
    expect((await poll(app, connectorId)).disabled + (await poll(app, connectorId)).enabled).toBe(0);

    ok(await app.gql(AGENT_LIMIT, { a: agent.id, l: String(8 * GB) }, admin()));
    await app.c.services.enforcement.settled();
    const back = await poll(app, connectorId);
    expect(back.enabled).toBe(3);
    expect([a, b, c, handOff].map((u) => enabled(u.username))).toEqual([true, true, true, false]);
    const log = ok(await app.gql(LOG, { id: connectorId }, admin())).connectorLog as { action: string; panelKey: string; ok: boolean }[];
    expect(log.filter((l) => l.panelKey === a.username).map((l) => l.action)).toEqual(['ENABLE', 'DISABLE']);
    expect(log.every((l) => l.ok)).toBe(true);
  });

  it('a user over its own data limit, disabled by an admin, or deleted is off in the panel; back ACTIVE it is on again', async () => {
    const { users } = await agentWithUsers(3);
    const [limited, disabled, deleted] = users;
    sim.addTraffic(limited.username, 0, Math.round(1.5 * GB));
    ok(await app.gql(UPDATE_USER, { id: disabled.id, input: { status: 'DISABLED' } }, admin()));
    ok(await app.gql(DELETE_USER, { id: deleted.id }, admin()));
    await poll(app, connectorId);
    expect(users.map((u) => enabled(u.username))).toEqual([false, false, false]);

    ok(await app.gql(UPDATE_USER, { id: disabled.id, input: { status: 'ACTIVE' } }, admin()));
    ok(await app.gql(UPDATE_USER, { id: limited.id, input: { dataLimit: String(3 * GB) } }, admin()));
    await app.c.services.enforcement.settled();
    await poll(app, connectorId);
    expect(users.map((u) => enabled(u.username))).toEqual([true, true, false]);
    // The deleted user's panel user stays off, however often it is enabled there.
    sim.setEnabled(deleted.username, true);
    await poll(app, connectorId);
    expect(enabled(deleted.username)).toBe(false);
  });

  it('a status change reaches the panel by itself, without waiting for the next poll', async () => {
    const { users } = await agentWithUsers(2);
    app.c.services.connectorSync.listenForStatusChanges(app.c.pubsub.pubsub);
    ok(await app.gql(UPDATE_USER, { id: users[0].id, input: { status: 'DISABLED' } }, admin()));
    await eventually(async () => enabled(users[0].username), (on) => !on);
    ok(await app.gql(UPDATE_USER, { id: users[0].id, input: { status: 'ACTIVE' } }, admin()));
    await eventually(async () => enabled(users[0].username), (on) => on);
    expect(enabled(users[1].username)).toBe(true);
  });

  it('panel users that are none of ours are listed as unmapped and never touched', async () => {
    sim.addUser({ key: 'walk-in-1', inbound: 1 });
    sim.addUser({ key: 'walk-in-2', inbound: 1, enabled: false });
    await poll(app, connectorId);
    const unmapped = ok(await app.gql(PANEL_USERS, { id: connectorId, u: true }, admin())).panelUsers as { panelKey: string; username: string | null }[];
    // The user of ours deleted above is none of ours any more either (and stays disabled).
    expect(unmapped.map((p) => p.panelKey).filter((k) => k.startsWith('walk-in'))).toEqual(['walk-in-1', 'walk-in-2']);
    expect(unmapped.every((p) => p.username === null)).toBe(true);
    expect([enabled('walk-in-1'), enabled('walk-in-2')]).toEqual([true, false]);
  });
});
