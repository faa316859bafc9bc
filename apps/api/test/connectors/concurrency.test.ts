/**
 * Invariants 1 and 2 under concurrency, through panels: two API instances polling one panel while
 * users are reset (their panel counters too) and the agent's check runs, many requests at once.
 * Every byte the panel moved is counted once; lifetime never goes down; period usage is what moved
 * since each user's last reset.
 */
import type { PanelSimulator } from '@tm/panel-sim';
import { makeAgent, makeUser } from '../support/factories';
import { MARZBAN, XUI3, addConnector, poll, seeded, startPanel, type PanelCase } from '../support/panels';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(240_000);

const USERS = 'query($a: ID) { users(filter: { agentId: $a }, first: 100) { nodes { id username used lifetime } } }';
const RESET_USER = 'mutation($id: ID!) { resetUserTraffic(userId: $id) { ok error } }';
const CHECK = 'mutation($a: ID!) { checkAgent(agentId: $a) { charged } }';

describe.each([MARZBAN, XUI3])(`many requests at once on one panel, two instances: %s (${TEST_DB})`, (panel: PanelCase) => {
  let app: TestApp;
  let second: TestApp;
  let sim: PanelSimulator;

  beforeAll(async () => {
    sim = await startPanel(panel);
    app = await startTestApp();
    second = await startTestApp({ db: app.db });
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await sim?.stop();
  });

  it('polls, resets and checks in parallel: lifetime = every byte moved, period = bytes since the last reset', async () => {
    const agent = await makeAgent(app);
    const users: { id: string; username: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const u = await makeUser(app, agent.as);
      sim.addUser({ key: u.username, inbound: 1 + (i % 2) });
      users.push(u);
    }
    const connectorId = await addConnector(app, panel, sim);
    await poll(app, connectorId);
    const rand = seeded(42);
    const lifetime = new Map(users.map((u) => [u.username, 0n]));
    const period = new Map(users.map((u) => [u.username, 0n]));
    let lastLifetime = new Map(users.map((u) => [u.username, 0n]));
    const instances = [app, second];

    for (let round = 0; round < 6; round++) {
      for (const u of users) {
        const bytes = Math.floor(rand() * 10_000_000);
        sim.addTraffic(u.username, bytes >> 3, bytes - (bytes >> 3));
        lifetime.set(u.username, lifetime.get(u.username)! + BigInt(bytes));
        period.set(u.username, period.get(u.username)! + BigInt(bytes));
      }
      // Odd rounds only poll; even rounds also reset users.
      const resetNow = round % 2 ? [] : users.filter(() => rand() < 0.4);
      const inFlight = new Map<string, bigint>();
      const work: Promise<unknown>[] = [];
      for (let k = 0; k < 6; k++) {
        const inst = instances[k % 2];
        work.push(inst.c.services.connectorSync.sync(Number(connectorId)));
        work.push(inst.gql(CHECK, { a: agent.id }, { token: inst.adminToken }));
      }
      for (const u of resetNow) {
        const inst = instances[Number(u.id) % 2];
        work.push(inst.gql(RESET_USER, { id: u.id }, { token: inst.adminToken }).then((r) => expect(ok(r).resetUserTraffic).toEqual({ ok: true, error: null })));
      }
      // Traffic keeps moving while the instances read: their readings differ, and only the compare-and-set
      // on the cursor keeps two of them from both counting the bytes between. (3x-ui forgets what a client
      // moves between the reading a reset makes first and the reset itself, so there it moves only between rounds.)
      const moving = panel.lifetime || resetNow.length === 0;
      if (moving) {
        work.push(
          (async () => {
            for (let k = 0; k < 12; k++) {
              await new Promise((r) => setTimeout(r, rand() * 15));
              const u = users[Math.floor(rand() * users.length)];
              const bytes = 1 + Math.floor(rand() * 1_000_000);
              sim.addTraffic(u.username, 0, bytes);
              lifetime.set(u.username, lifetime.get(u.username)! + BigInt(bytes));
              // Moved during the round: it may land before or after a reset of the same user.
              inFlight.set(u.username, (inFlight.get(u.username) ?? 0n) + BigInt(bytes));
            }
          })(),
        );
      }
      await Promise.all(work);
      for (const u of resetNow) period.set(u.username, 0n);
      // Whatever the order was, one more poll brings every instance's view in line.
      await poll(app, connectorId);

      const seen = ok(await app.gql(USERS, { a: agent.id }, { token: app.adminToken })).users.nodes as { username: string; used: string; lifetime: string }[];
      for (const s of seen) {
        expect(BigInt(s.lifetime)).toBeGreaterThanOrEqual(lastLifetime.get(s.username)!);
        expect([s.username, s.lifetime]).toEqual([s.username, String(lifetime.get(s.username))]);
        const used = BigInt(s.used);
        const expected = period.get(s.username)!;
        const racing = inFlight.get(s.username) ?? 0n;
        if (resetNow.some((u) => u.username === s.username)) {
          // Reset during the round: what moved meanwhile is counted before or after the reset.
          expect(used >= expected && used <= expected + racing).toBe(true);
          period.set(s.username, used);
        } else expect([s.username, s.used]).toEqual([s.username, String(expected + racing)]);
        if (!resetNow.some((u) => u.username === s.username)) period.set(s.username, expected + racing);
      }
      lastLifetime = new Map(seen.map((s) => [s.username, BigInt(s.lifetime)]));
    }
  });
});
