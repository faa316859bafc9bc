/**
 * I1/I2 pull, exactly once (invariant 1): usage read from Marzban / PasarGuard / 3x-ui simulators over
 * real HTTP by the real connector clients lands on our users, agents and servers to the byte, across
 * panel-side resets, a panel that is down for a while, and two API instances polling one panel.
 */
import type { PanelSimulator } from '@tm/panel-sim';
import { makeAgent, makeUser } from '../support/factories';
import { MARZBAN, PASARGUARD, XUI2, XUI3, XUI36, addConnector, poll, seeded, startPanel, type PanelCase } from '../support/panels';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(180_000);

const USERS = 'query($a: ID) { users(filter: { agentId: $a }, first: 100) { nodes { username used lifetime } } }';
const AGENT = 'query($a: ID!) { agentTraffic(agentId: $a) { charged lifetime } }';
const SERVERS = 'query { servers { name kind lifetime } }';
const CONNECTOR = 'query($id: ID!) { connector(id: $id) { status lastError } }';

describe.each([MARZBAN, PASARGUARD, XUI2, XUI3, XUI36])(`panel usage counted exactly once: %s (${TEST_DB})`, (panel: PanelCase) => {
  let app: TestApp;
  let sim: PanelSimulator;
  let agent: Awaited<ReturnType<typeof makeAgent>>;
  let connectorId: string;
  let names: string[];
  /** What the simulator's users moved since the connector's first poll, per user. */
  const moved = new Map<string, bigint>();
  const rand = seeded(15);

  const move = (key: string, up: number, down: number) => {
    sim.addTraffic(key, up, down);
    moved.set(key, (moved.get(key) ?? 0n) + BigInt(up + down));
  };
  const randomTraffic = () => {
    for (const key of names) if (rand() < 0.7) move(key, Math.floor(rand() * 5_000_000), Math.floor(rand() * 50_000_000));
  };

  async function expectExact() {
    const users = ok(await app.gql(USERS, { a: agent.id }, { token: app.adminToken })).users.nodes as { username: string; used: string; lifetime: string }[];
    const expected = Object.fromEntries(names.map((n) => [n, String(moved.get(n) ?? 0n)]));
    expect(Object.fromEntries(users.map((u) => [u.username, u.lifetime]))).toEqual(expected);
    const total = [...moved.values()].reduce((a, b) => a + b, 0n);
    const traffic = ok(await app.gql(AGENT, { a: agent.id }, { token: app.adminToken })).agentTraffic;
    expect([traffic.charged, traffic.lifetime]).toEqual([String(total), String(total)]);
    const servers = (ok(await app.gql(SERVERS, {}, { token: app.adminToken })).servers as { name: string; kind: string; lifetime: string }[]).filter((s) => s.kind === panel.kind);
    expect(String(servers.reduce((a, s) => a + BigInt(s.lifetime), 0n))).toBe(String(total));
  }

  beforeAll(async () => {
    sim = await startPanel(panel);
    app = await startTestApp();
    agent = await makeAgent(app);
    names = [];
    for (let i = 0; i < 6; i++) {
      const u = await makeUser(app, agent.as);
      names.push(u.username);
      // 3x-ui: two inbounds, so the panel lands on two servers of ours.
      sim.addUser({ key: u.username, inbound: i % 2 ? 2 : 1 });
    }
    sim.addUser({ key: 'stranger@example.com', inbound: 1 });
    // Traffic from before the panel was connected is not ours to count.
    for (const key of [...names, 'stranger@example.com']) sim.addTraffic(key, 1_000_000, 9_000_000);
    connectorId = await addConnector(app, panel, sim);
    expect((await poll(app, connectorId)).ok).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
    await sim?.stop();
  });

  it('ten polls with traffic and panel-side resets between them: users, agent and servers to the byte', async () => {
    await expectExact();
    for (let round = 1; round <= 10; round++) {
      // A reset made in the panel right after a poll: the counter goes back, a new segment starts.
      if (round % 3 === 0) sim.resetUser(names[round % names.length]);
      randomTraffic();
      sim.addTraffic('stranger@example.com', 123, 456);
      const r = await poll(app, connectorId);
      expect(r.ok).toBe(true);
      await expectExact();
    }
    // An idle poll counts nothing and writes no sample.
    expect((await poll(app, connectorId)).samples).toBe(0);
    await expectExact();
  });

  it('a panel down for three polls loses nothing: the next poll catches up', async () => {
    await sim.stop();
    for (let i = 0; i < 3; i++) {
      randomTraffic();
      const r = await poll(app, connectorId);
      expect(r.ok).toBe(false);
    }
    const down = ok(await app.gql(CONNECTOR, { id: connectorId }, { token: app.adminToken })).connector;
    expect(down.status).toBe('OFFLINE');
    expect(down.lastError).toBeTruthy();
    await sim.start();
    expect((await poll(app, connectorId)).ok).toBe(true);
    expect(ok(await app.gql(CONNECTOR, { id: connectorId }, { token: app.adminToken })).connector.status).toBe('ONLINE');
    await expectExact();
  });

  it('two API instances polling the same panel at once count every byte once', async () => {
    const second = await startTestApp({ db: app.db });
    try {
      for (let round = 0; round < 4; round++) {
        randomTraffic();
        await Promise.all([
          app.c.services.connectorSync.sync(Number(connectorId)),
          second.c.services.connectorSync.sync(Number(connectorId)),
          app.c.services.connectorSync.tick(new Date(Date.now() + 3_600_000)),
          second.c.services.connectorSync.tick(new Date(Date.now() + 3_600_000)),
        ]);
        await app.c.services.connectorSync.sync(Number(connectorId));
        await expectExact();
      }
    } finally {
      await second.close();
    }
  });
});
