/**
 * Our resets reach the panels (R1 with I1/I2): resetting a user or a server resets the panel's
 * counters too (so the panel's own limit doesn't cut off a user we just reset), every byte up to the
 * reset is counted first and none twice after it, the audit keeps the panel's answer, and a panel
 * that refuses leaves our side untouched.
 */
import type { PanelSimulator } from '@tm/panel-sim';
import { makeAgent, makeUser } from '../support/factories';
import { MARZBAN, PASARGUARD, XUI2, XUI3, XUI36, addConnector, poll, startPanel, type PanelCase } from '../support/panels';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(180_000);

const PUSHES = 'panelPushes { connectorName action panelKey inbound ok status message }';
const RESET_USER = `mutation($id: ID!) { resetUserTraffic(userId: $id, reason: "cycle") { ok error affectedUsers bytesCleared ${PUSHES} } }`;
const RESET_SERVER = `mutation($id: ID!) { resetServerTraffic(serverId: $id) { ok error affectedUsers ${PUSHES} } }`;
const USER = 'query($id: ID!) { user(id: $id) { used lifetime } }';
const SERVERS = 'query { servers { id name kind lifetime } }';
const EVENTS = `query { resetEvents(first: 5) { nodes { scope ok error ${PUSHES} } } }`;

/** What each panel answers when it refuses a call, as its own API does. */
const REFUSAL: Record<string, { status: number; body: unknown }> = {
  MARZBAN: { status: 403, body: { detail: "You're not allowed" } },
  PASARGUARD: { status: 403, body: { detail: "You're not allowed" } },
  XUI: { status: 200, body: { success: false, msg: 'Something went wrong! Failed: record not found\n', obj: null } },
};

describe.each([MARZBAN, PASARGUARD, XUI2, XUI3, XUI36])(`resets pushed to the panel: %s (${TEST_DB})`, (panel: PanelCase) => {
  let app: TestApp;
  let sim: PanelSimulator;
  let connectorId: string;
  const admin = () => ({ token: app.adminToken });
  const usage = async (id: string) => ok(await app.gql(USER, { id }, admin())).user as { used: string; lifetime: string };
  const panelUsed = (key: string) => sim.user(key)!.used;

  beforeAll(async () => {
    sim = await startPanel(panel);
    app = await startTestApp();
    connectorId = await addConnector(app, panel, sim);
    await poll(app, connectorId);
  });
  afterAll(async () => {
    await app?.close();
    await sim?.stop();
  });

  let lastAgent: Awaited<ReturnType<typeof makeAgent>>;
  async function panelUsers(count: number, inbound = 1) {
    const agent = await makeAgent(app);
    lastAgent = agent;
    const users = [];
    for (let i = 0; i < count; i++) {
      const u = await makeUser(app, agent.as, { dataLimit: String(1024 ** 3) });
      sim.addUser({ key: u.username, inbound, dataLimit: 1024 ** 3 });
      users.push(u);
    }
    await poll(app, connectorId);
    return users;
  }

  it('resetUserTraffic counts the last bytes, resets the panel user, and the audit shows the panel’s answer; nothing is counted twice after', async () => {
    const [u] = await panelUsers(1);
    sim.addTraffic(u.username, 1000, 900_000_000);
    await poll(app, connectorId);
    // Moved after the last poll: counted by the pass the reset makes first.
    sim.addTraffic(u.username, 7, 5000);
    const { resetUserTraffic: e } = ok(await app.gql(RESET_USER, { id: u.id }, admin()));
    expect(e.ok).toBe(true);
    expect(e.bytesCleared).toBe(String(900_006_007));
    expect(e.panelPushes).toEqual([expect.objectContaining({ action: 'RESET', panelKey: u.username, ok: true })]);
    expect(e.panelPushes[0].message).toBeTruthy();
    expect(panelUsed(u.username)).toBe(0);
    expect(await usage(u.id)).toEqual({ used: '0', lifetime: '900006007' });
    // The agent sees the reset of its user, never which panel it reached.
    const seen = ok(await app.gql(EVENTS, {}, lastAgent.as)).resetEvents.nodes[0];
    expect([seen.scope, seen.ok, seen.panelPushes]).toEqual(['USER', true, []]);

    sim.addTraffic(u.username, 100, 200);
    await poll(app, connectorId);
    expect(await usage(u.id)).toEqual({ used: '300', lifetime: '900006307' });
    expect((await poll(app, connectorId)).samples).toBe(0);
  });

  it('a user the panel itself cut off at its data limit is online again after our reset', async () => {
    const [u] = await panelUsers(1);
    sim.addTraffic(u.username, 0, 1024 ** 3 + 5);
    await poll(app, connectorId);
    expect(sim.user(u.username)!.enabled).toBe(false);
    ok(await app.gql(RESET_USER, { id: u.id }, admin()));
    await app.c.services.enforcement.settled();
    await poll(app, connectorId);
    expect(sim.user(u.username)!.enabled).toBe(true);
    expect(await usage(u.id)).toEqual({ used: '0', lifetime: String(1024 ** 3 + 5) });
  });

  it('a reset never switches on a user who is off: ours held stay held, an operator’s stay the operator’s', async () => {
    const agent = await makeAgent(app, { trafficLimit: String(1024 ** 3) });
    const [held, handOff] = [await makeUser(app, agent.as, { dataLimit: String(512 * 1024 ** 2) }), await makeUser(app, agent.as, { dataLimit: String(512 * 1024 ** 2) })];
    for (const u of [held, handOff]) sim.addUser({ key: u.username, inbound: 1 });
    await poll(app, connectorId);
    sim.setEnabled(handOff.username, false);
    sim.addTraffic(held.username, 0, 600 * 1024 ** 2);
    sim.addTraffic(handOff.username, 0, 500 * 1024 ** 2);
    await poll(app, connectorId);
    expect([sim.user(held.username)!.enabled, sim.user(handOff.username)!.enabled]).toEqual([false, false]);

    const servers = (ok(await app.gql(SERVERS, {}, admin())).servers as { id: string; kind: string }[]).filter((s) => s.kind === panel.kind);
    const { resetServerTraffic: e } = ok(await app.gql(RESET_SERVER, { id: servers[0].id }, admin()));
    expect(e.ok).toBe(true);
    // The agent is still over its limit (resetting users never lowers what it was charged): both stay off.
    expect([sim.user(held.username)!.enabled, sim.user(handOff.username)!.enabled]).toEqual([false, false]);
    const rows = ok(await app.gql('query($id: ID!) { panelUsers(connectorId: $id, first: 500) { panelKey held } }', { id: connectorId }, admin())).panelUsers as { panelKey: string; held: boolean }[];
    expect(rows.find((r) => r.panelKey === held.username)?.held).toBe(true);
    expect(rows.find((r) => r.panelKey === handOff.username)?.held).toBe(false);
  });

  it('a panel that refuses the reset: the event says so with its answer, and nothing is reset on our side', async () => {
    const [u] = await panelUsers(1);
    sim.addTraffic(u.username, 0, 4096);
    await poll(app, connectorId);
    sim.http.failNext(1, REFUSAL[panel.kind], /reset/i);
    const { resetUserTraffic: e } = ok(await app.gql(RESET_USER, { id: u.id }, admin()));
    expect(e.ok).toBe(false);
    expect(e.error).toContain(`panel "`);
    expect(e.panelPushes).toEqual([expect.objectContaining({ action: 'RESET', ok: false })]);
    expect(await usage(u.id)).toEqual({ used: '4096', lifetime: '4096' });
    expect(panelUsed(u.username)).toBe(4096);
    const last = ok(await app.gql(EVENTS, {}, admin())).resetEvents.nodes[0];
    expect([last.scope, last.ok, last.panelPushes.length]).toEqual(['USER', false, 1]);
  });

  it('deleting depleted users deletes them in the panel when the connector says so, else only disables them there', async () => {
    const [kept, gone] = await panelUsers(2);
    // Over their 1 GB data limit: LIMITED, so depleted.
    for (const u of [kept, gone]) sim.addTraffic(u.username, 0, 2 * 1024 ** 3);
    await poll(app, connectorId);
    ok(await app.gql('mutation($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { id } }', { id: connectorId, input: { deleteDepleted: true } }, admin()));
    // Only one of them is ours to delete in the panel this time: the other is put back under its limit first.
    ok(await app.gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: kept.id, input: { dataLimit: String(3 * 1024 ** 3) } }, admin()));
    await app.c.services.enforcement.settled();
    const { deleteDepletedUsers: e } = ok(await app.gql(`mutation { deleteDepletedUsers { ok affectedUsers ${PUSHES} } }`, {}, admin()));
    expect(e.ok).toBe(true);
    expect(e.panelPushes).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'DELETE', panelKey: gone.username, ok: true })]));
    expect(sim.user(gone.username)).toBeUndefined();
    expect(sim.user(kept.username)).toBeDefined();
    ok(await app.gql('mutation($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { id } }', { id: connectorId, input: { deleteDepleted: false } }, admin()));

    // Without the option the panel user stays, disabled: its service ends with ours.
    ok(await app.gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: kept.id, input: { dataLimit: String(1024 ** 3) } }, admin()));
    await app.c.services.enforcement.settled();
    const { deleteDepletedUsers: again } = ok(await app.gql(`mutation { deleteDepletedUsers { ok affectedUsers ${PUSHES} } }`, {}, admin()));
    expect(again.panelPushes).toEqual([]);
    await poll(app, connectorId);
    expect(sim.user(kept.username)?.enabled).toBe(false);
  });

  it('resetServerTraffic on a panel’s server resets it there too (3x-ui: that inbound only)', async () => {
    const inboundOne = await panelUsers(2, 1);
    const inboundTwo = await panelUsers(1, 2);
    for (const u of [...inboundOne, ...inboundTwo]) sim.addTraffic(u.username, 10, 1000);
    await poll(app, connectorId);
    const servers = (ok(await app.gql(SERVERS, {}, admin())).servers as { id: string; name: string; kind: string }[]).filter((s) => s.kind === panel.kind);
    // Marzban / PasarGuard: one server for the panel; 3x-ui: one per inbound, the first is inbound 1's.
    const target = servers[0];
    const { resetServerTraffic: e } = ok(await app.gql(RESET_SERVER, { id: target.id }, admin()));
    expect(e.ok).toBe(true);
    expect(e.panelPushes).toEqual([expect.objectContaining({ action: 'RESET_ALL', ok: true })]);
    for (const u of inboundOne) expect(panelUsed(u.username)).toBe(0);
    expect(panelUsed(inboundTwo[0].username)).toBe(panel.kind === 'XUI' ? 1010 : 0);
    // Counted once after the reset, whatever the counter kind.
    sim.addTraffic(inboundOne[0].username, 1, 1);
    await poll(app, connectorId);
    expect((await usage(inboundOne[0].id)).lifetime).toBe('1012');
  });
});
