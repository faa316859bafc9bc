import { makeAgent, makeUser } from '../support/factories';
import { trafficOf } from '../support/limits';
import { DELETE_DEPLETED, RESET_ALL, RESET_EVENTS, RESET_SERVER, RESET_USER, sendTraffic, userCounters } from '../support/resets';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer, postWebhook, prng } from '../support/traffic';

jest.setTimeout(180_000);

const CREATE_REPORT = 'mutation { createTrafficReport { id trigger scope users agents servers up down lifetime csvUrl jsonUrl } }';

describe(`depleted cleanup, reports, and resets under load (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const exists = async (id: string) => Number((await app.c.ds.query('SELECT COUNT(*) AS n FROM users WHERE id = ?', [Number(id)]))[0].n) === 1;

  it('deletes the users of one server whose data limit is reached or whose expiry passed; their traffic stays with their agent', async () => {
    const [a, b] = [await makeServer(app), await makeServer(app)];
    const agent = await makeAgent(app);
    const over = await makeUser(app, agent.as, { dataLimit: '100' });
    const expired = await makeUser(app, agent.as, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const fine = await makeUser(app, agent.as, { dataLimit: '100000' });
    const elsewhere = await makeUser(app, agent.as, { dataLimit: '100' });
    await sendTraffic(app, a.token, over.token, 60, 50);
    await sendTraffic(app, a.token, expired.token, 1, 1);
    await sendTraffic(app, a.token, fine.token, 10, 10);
    await sendTraffic(app, b.token, elsewhere.token, 100, 100);
    await app.c.ds.query('UPDATE users SET expires_at = ? WHERE id = ?', [TEST_DB === 'sqlite' ? '2026-01-01 00:00:00.000' : new Date('2026-01-01T00:00:00Z'), Number(expired.id)]);
    const before = await trafficOf(app, agent.id);

    const e = ok(await app.gql(DELETE_DEPLETED, { s: a.id }, admin())).deleteDepletedUsers;
    expect(e).toMatchObject({ scope: 'DEPLETED', targetId: a.id, targetLabel: a.name, ok: true, affectedUsers: 2, bytesCleared: '112' });
    expect(e.snapshot.users).toEqual([
      { id: Number(over.id), label: over.username, up: '60', down: '50' },
      { id: Number(expired.id), label: expired.username, up: '1', down: '1' },
    ]);
    expect([await exists(over.id), await exists(expired.id), await exists(fine.id), await exists(elsewhere.id)]).toEqual([false, false, true, true]);
    expect((await trafficOf(app, agent.id)).charged).toBe(before.charged);

    const everywhere = ok(await app.gql(DELETE_DEPLETED, {}, admin())).deleteDepletedUsers;
    expect(everywhere).toMatchObject({ targetId: null, affectedUsers: 1 });
    expect(await exists(elsewhere.id)).toBe(false);
    expect((await trafficOf(app, agent.id)).charged).toBe(before.charged);
    expect(codeOf(await app.gql(DELETE_DEPLETED, { s: '999999' }, admin()))).toBe('NOT_FOUND');
  });

  it('a traffic report downloads as CSV and JSON with every agent, user and server; only admins may read it', async () => {
    const server = await makeServer(app, `=HYPERLINK("x"), srv ${Date.now()}`);
    const agent = await makeAgent(app);
    const user = await makeUser(app, agent.as);
    await sendTraffic(app, server.token, user.token, 1234, 5678);
    const report = ok(await app.gql(CREATE_REPORT, {}, admin())).createTrafficReport;
    expect(report).toMatchObject({ trigger: 'MANUAL', scope: 'ALL', csvUrl: `/api/v1/reports/${report.id}.csv`, jsonUrl: `/api/v1/reports/${report.id}.json` });
    const counts = (await app.c.ds.query("SELECT (SELECT COUNT(*) FROM users) AS u, (SELECT COUNT(*) FROM servers) AS s, (SELECT COUNT(*) FROM accounts WHERE role = 'AGENT') AS a"))[0];
    expect([report.users, report.servers, report.agents]).toEqual([Number(counts.u), Number(counts.s), Number(counts.a)]);

    // Bodies are always read: an unread one keeps its socket (and jest) alive.
    const get = async (path: string, token: string | null) => {
      const res = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const body = await res.text();
      return { status: res.status, headers: res.headers, text: async () => body, json: async () => JSON.parse(body) };
    };
    const csv = await get(report.csvUrl, app.adminToken);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="traffic-report-\d+-\d{4}-\d\d-\d\d\.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('kind,id,name,agent_id,up_bytes,down_bytes,period_bytes,lifetime_bytes');
    expect(lines).toHaveLength(1 + report.users + report.servers + report.agents);
    expect(lines).toContain(`USER,${user.id},${user.username},${agent.id},1234,5678,6912,6912`);
    // Quoted for the comma and the quotes, and defused for spreadsheets (no formula).
    expect(lines).toContain(`SERVER,${server.id},"'${server.name.replace(/"/g, '""')}",,1234,5678,6912,6912`);

    const json = (await (await get(report.jsonUrl, app.adminToken)).json()) as any;
    expect(json.totals).toMatchObject({ users: report.users, servers: report.servers, agents: report.agents, lifetime_bytes: report.lifetime });
    expect(json.users).toHaveLength(report.users);
    expect(json.users.find((u: { id: number }) => u.id === Number(user.id))).toEqual({
      id: Number(user.id),
      name: user.username,
      agent_id: Number(agent.id),
      up_bytes: '1234',
      down_bytes: '5678',
      period_bytes: '6912',
      lifetime_bytes: '6912',
    });
    expect(json.agents.find((a: { id: number }) => a.id === Number(agent.id))).toMatchObject({ period_bytes: '6912' });

    expect((await get(report.csvUrl, agent.token)).status).toBe(403);
    expect((await get(report.csvUrl, null)).status).toBe(401);
    expect((await get('/api/v1/reports/999999.json', app.adminToken)).status).toBe(404);
    expect((await get('/api/v1/reports/abc.csv', app.adminToken)).status).toBe(400);
    expect(codeOf(await app.gql(CREATE_REPORT, {}, agent.as))).toBe('FORBIDDEN');
  });

  it('never lossy: resets (user, server, everything) racing concurrent ingests clear exactly what they snapshot; nothing counted is lost', async () => {
    const [s1, s2] = [await makeServer(app), await makeServer(app)];
    const agent = await makeAgent(app);
    const users: Awaited<ReturnType<typeof makeUser>>[] = [];
    for (let i = 0; i < 6; i++) users.push(await makeUser(app, agent.as));
    const rnd = prng(TEST_DB === 'sqlite' ? 5 : 55);
    const sent = new Map(users.map((u) => [u.id, 0n]));
    const send = async (k: number) => {
      const batch = Array.from({ length: 20 }, () => {
        const u = users[Math.floor(rnd() * users.length)];
        const up = 1 + Math.floor(rnd() * 10_000);
        const down = 1 + Math.floor(rnd() * 50_000);
        sent.set(u.id, sent.get(u.id)! + BigInt(up + down));
        return { id: `load-${k}-${Math.floor(rnd() * 1e12)}`, user_token: u.token, bytes_uploaded: up, bytes_downloaded: down };
      });
      const res = await postWebhook(app, k % 2 ? s1.token : s2.token, JSON.stringify(batch));
      if (res.status !== 200 || res.body.accepted !== batch.length) throw new Error(`ingest refused: ${JSON.stringify(res.body)}`);
    };
    const reset = async (k: number) => {
      const r =
        k === 10
          ? ok(await app.gql(RESET_ALL, { c: 'RESET ALL' }, admin())).resetAllTraffic
          : k % 5 === 4
            ? ok(await app.gql(RESET_SERVER, { id: (k % 2 ? s1 : s2).id }, admin())).resetServerTraffic
            : ok(await app.gql(RESET_USER, { id: users[k % users.length].id }, admin())).resetUserTraffic;
      expect(r.ok).toBe(true);
    };
    const before = Number((await app.c.ds.query('SELECT COALESCE(MAX(id), 0) AS id FROM reset_events'))[0].id);
    const work: Promise<void>[] = [];
    for (let k = 0; k < 60; k++) work.push(send(k));
    for (let k = 0; k < 20; k++) work.push(reset(k));
    await Promise.all(work);

    // Per user: what is left in its period + what every reset snapshot took off it = what was sent.
    const events = ok(await app.gql(RESET_EVENTS, { first: 500 }, admin())).resetEvents.nodes.filter((e: { id: string }) => Number(e.id) > before);
    expect(events).toHaveLength(20);
    const cleared = new Map(users.map((u) => [u.id, 0n]));
    let chargedCleared = 0n;
    for (const e of events) {
      const full = ok(await app.gql('query($id: ID!) { resetEvent(id: $id) { snapshot(first: 100) } }', { id: e.id }, admin())).resetEvent.snapshot;
      if (!full) continue;
      // A server reset takes the user's usage on that server; a user reset all of it (its per-server rows add up to the same).
      for (const us of full.userServers) if (cleared.has(String(us.userId))) cleared.set(String(us.userId), cleared.get(String(us.userId))! + BigInt(us.up) + BigInt(us.down));
      for (const a of full.agents) if (String(a.id) === agent.id) chargedCleared += BigInt(a.charged);
    }
    let total = 0n;
    for (const u of users) {
      const c = await userCounters(app, u.id);
      expect(BigInt(c.used) + cleared.get(u.id)!).toBe(sent.get(u.id));
      expect(BigInt(c.lifetime)).toBe(sent.get(u.id));
      total += sent.get(u.id)!;
    }
    // The agent is charged for everything: user and server resets don't lower it (invariant 2); only the reset of everything did, by what it snapshotted.
    expect(chargedCleared).toBeGreaterThan(0n);
    expect(BigInt((await trafficOf(app, agent.id)).charged) + chargedCleared).toBe(total);
  });
});
