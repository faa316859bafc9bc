import { AccountEntity } from '../../src/modules/accounts';
import { UserEntity } from '../../src/modules/users';
import { ServerEntity } from '../../src/modules/servers';
import { UsageRollupService } from '../../src/modules/usage';
import { makeAgent, makeUser } from '../support/factories';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer, postWebhook, prng } from '../support/traffic';

/** Sums straight from the tables, to compare with what the test sent (pending batches folded into the rollups first). */
async function snapshot(app: TestApp) {
  await app.c.services.usageRollup.rollUp();
  const q = (sql: string) => app.c.ds.query(sql).then((rows: Record<string, unknown>[]) => rows);
  const big = (v: unknown) => BigInt((v as string | number | bigint | null) ?? 0);
  const users = await app.c.ds.getRepository(UserEntity).find({ order: { id: 'ASC' } });
  const agents = await app.c.ds.getRepository(AccountEntity).find({ where: { role: 'AGENT' }, order: { id: 'ASC' } });
  const servers = await app.c.ds.getRepository(ServerEntity).find({ order: { id: 'ASC' } });
  const [sys] = await q('SELECT up_bytes AS up, down_bytes AS down, lifetime_bytes AS lifetime, samples_count AS n FROM system_counters WHERE id = 1');
  const [raw] = await q('SELECT COUNT(*) AS n, SUM(up) AS up, SUM(down) AS down FROM samples');
  const [hourly] = await q('SELECT SUM(up_bytes) AS up, SUM(down_bytes) AS down, SUM(samples) AS n FROM usage_hourly');
  const [agentHourly] = await q('SELECT SUM(up_bytes) AS up, SUM(down_bytes) AS down FROM usage_hourly_agent');
  const [pairs] = await q('SELECT SUM(up_bytes) AS up, SUM(down_bytes) AS down, SUM(lifetime_up) AS lup, SUM(lifetime_down) AS ldown FROM user_server_usage');
  return {
    users: Object.fromEntries(users.map((u) => [u.id, { up: u.upBytes, down: u.downBytes, lifetime: u.lifetimeBytes }])),
    agents: Object.fromEntries(agents.map((a) => [a.id, { charged: a.chargedBytes, lifetime: a.lifetimeBytes }])),
    servers: Object.fromEntries(servers.map((s) => [s.id, { up: s.upBytes, down: s.downBytes, lifetime: s.lifetimeBytes, samples: s.samplesCount }])),
    system: sys ? { up: big(sys.up), down: big(sys.down), lifetime: big(sys.lifetime), samples: big(sys.n) } : null,
    raw: { n: big(raw.n), up: big(raw.up), down: big(raw.down) },
    hourly: { up: big(hourly.up), down: big(hourly.down), n: big(hourly.n) },
    agentHourly: { up: big(agentHourly.up), down: big(agentHourly.down) },
    pairs: { up: big(pairs.up), down: big(pairs.down), lup: big(pairs.lup), ldown: big(pairs.ldown) },
  };
}

describe(`ingest invariants (${TEST_DB})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('8 concurrent senders × 5,000 samples: every counter equals the sum sent; re-sending changes nothing; deleting a user keeps its traffic counted', async () => {
    const agentA = await makeAgent(app);
    const agentB = await makeAgent(app);
    const owners = [agentA.as, agentA.as, agentB.as, { token: app.adminToken }];
    const users: { id: string; username: string; token: string; agentId: string | null }[] = [];
    for (let i = 0; i < 40; i++) users.push(await makeUser(app, owners[i % owners.length]));
    const servers = [await makeServer(app), await makeServer(app)];

    const rand = prng(42);
    const now = Date.now();
    const expectUser = new Map<string, { up: bigint; down: bigint }>();
    const expectAgent = new Map<string, bigint>();
    const expectServer = new Map<string, { up: bigint; down: bigint; n: bigint }>();
    let totalUp = 0n;
    let totalDown = 0n;
    const batches = Array.from({ length: 8 }, (_, sender) => {
      const server = servers[sender % 2];
      const samples = Array.from({ length: 5000 }, (_, j) => {
        const u = users[Math.floor(rand() * users.length)];
        const up = BigInt(Math.floor(rand() * 5_000_000));
        const down = BigInt(Math.floor(rand() * 50_000_000));
        const e = expectUser.get(u.id) ?? { up: 0n, down: 0n };
        e.up += up;
        e.down += down;
        expectUser.set(u.id, e);
        if (u.agentId) expectAgent.set(u.agentId, (expectAgent.get(u.agentId) ?? 0n) + up + down);
        const s = expectServer.get(server.id) ?? { up: 0n, down: 0n, n: 0n };
        s.up += up;
        s.down += down;
        s.n += 1n;
        expectServer.set(server.id, s);
        totalUp += up;
        totalDown += down;
        return {
          id: `s${sender}-${j}`,
          user_token: j % 2 ? u.username : u.token,
          server: server.name,
          port: 443,
          protocol: ['vless', 'vmess', 'trojan'][j % 3],
          bytes_uploaded: Number(up),
          bytes_downloaded: Number(down),
          at: new Date(now - Math.floor(rand() * 3 * 3600_000)).toISOString(),
        };
      });
      return { server, body: JSON.stringify(samples) };
    });

    // Three folders (as if three processes) race the senders and each other: every batch must reach the rollups exactly once.
    const folding = Promise.all([0, 1, 2].map(async (k) => {
      const folder = new UsageRollupService(app.c.ds);
      for (let i = 0; i < 5; i++) {
        await folder.rollUp();
        await new Promise((r) => setTimeout(r, 20 * (k + 1)));
      }
    }));
    const answers = await Promise.all(batches.map((b) => postWebhook(app, b.server.token, b.body)));
    await folding;
    for (const a of answers) expect(a).toEqual({ status: 200, body: { accepted: 5000, duplicates: 0, rejected: [] } });

    const after = await snapshot(app);
    for (const u of users) {
      const e = expectUser.get(u.id) ?? { up: 0n, down: 0n };
      expect({ user: u.id, ...after.users[u.id] }).toEqual({ user: u.id, up: e.up, down: e.down, lifetime: e.up + e.down });
    }
    for (const a of [agentA, agentB]) {
      const e = expectAgent.get(a.id) ?? 0n;
      expect(after.agents[a.id]).toEqual({ charged: e, lifetime: e });
    }
    for (const s of servers) {
      const e = expectServer.get(s.id)!;
      expect(after.servers[s.id]).toEqual({ up: e.up, down: e.down, lifetime: e.up + e.down, samples: e.n });
    }
    expect(after.system).toEqual({ up: totalUp, down: totalDown, lifetime: totalUp + totalDown, samples: 40000n });
    expect(after.raw).toEqual({ n: 40000n, up: totalUp, down: totalDown });
    expect(after.hourly).toEqual({ up: totalUp, down: totalDown, n: 40000n });
    expect(after.agentHourly).toEqual({ up: totalUp, down: totalDown });
    expect(after.pairs).toEqual({ up: totalUp, down: totalDown, lup: totalUp, ldown: totalDown });

    // The same batches again, concurrently: all duplicates, nothing moves.
    const again = await Promise.all(batches.map((b) => postWebhook(app, b.server.token, b.body)));
    for (const a of again) expect(a).toEqual({ status: 200, body: { accepted: 0, duplicates: 5000, rejected: [] } });
    expect(await snapshot(app)).toEqual(after);

    // Deleting a user keeps everything it moved in its agent's usage and in the global lifetime.
    const victim = users.find((u) => u.agentId === agentA.id)!;
    ok(await app.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: victim.id }, agentA.as));
    const afterDelete = await snapshot(app);
    expect(afterDelete.agents[agentA.id]).toEqual(after.agents[agentA.id]);
    expect(afterDelete.system!.lifetime).toBe(after.system!.lifetime);
    expect(afterDelete.servers).toEqual(after.servers);
  });

  it('a batch with bad samples counts the good ones and reports each bad one by index', async () => {
    const agent = await makeAgent(app);
    const u = await makeUser(app, agent.as);
    const server = await makeServer(app);
    const before = await snapshot(app);
    const samples = [
      { user_token: u.username, bytes_uploaded: 100, bytes_downloaded: 200, protocol: 'vless' },
      { user_token: 'nobody-like-this', bytes_uploaded: 1, bytes_downloaded: 1 },
      { user_token: u.username, bytes_uploaded: -5, bytes_downloaded: 1 },
      { user_token: u.username, bytes_uploaded: 1.5, bytes_downloaded: 1 },
      { user_token: u.username, bytes_uploaded: 1, bytes_downloaded: 1, at: 'yesterday-ish' },
      { user_token: u.username, bytes_uploaded: 1, bytes_downloaded: 1, at: new Date(Date.now() + 86_400_000).toISOString() },
      'not an object',
      { bytes_uploaded: 1, bytes_downloaded: 1 },
      { user: u.token, up: '300', down: '400' },
    ];
    const r = await postWebhook(app, server.token, JSON.stringify(samples));
    expect(r.status).toBe(200);
    expect(r.body.accepted).toBe(2);
    expect(r.body.duplicates).toBe(0);
    expect(r.body.rejected.map((x: { index: number }) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.body.rejected[0].reason).toMatch(/unknown user/);
    const after = await snapshot(app);
    expect(after.users[u.id]).toEqual({ up: 400n, down: 600n, lifetime: 1000n });
    expect(after.system!.lifetime - before.system!.lifetime).toBe(1000n);
  });

  it('counts past 2^53 bytes exactly', async () => {
    const agent = await makeAgent(app);
    const u = await makeUser(app, agent.as);
    const server = await makeServer(app);
    const huge = 2n ** 60n + 7n;
    const res = await app.gql(
      'mutation($s: ID!, $x: [SampleInput!]!) { reportTraffic(serverId: $s, samples: $x) { accepted rejected { index reason } } }',
      { s: server.id, x: [{ user: u.username, up: huge.toString(), down: '1' }, { user: u.username, up: huge.toString(), down: '1' }] },
      { token: app.adminToken },
    );
    expect(ok(res).reportTraffic).toEqual({ accepted: 2, rejected: [] });
    const after = await snapshot(app);
    expect(after.users[u.id]).toEqual({ up: 2n * huge, down: 2n, lifetime: 2n * huge + 2n });
    expect(after.agents[agent.id]).toEqual({ charged: 2n * huge + 2n, lifetime: 2n * huge + 2n });
  });

  it('the same batch sent by 4 requests at once is counted exactly once', async () => {
    const agent = await makeAgent(app);
    const u = await makeUser(app, agent.as);
    const server = await makeServer(app);
    const body = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: `race-${i}`, user_token: u.username, bytes_uploaded: 10, bytes_downloaded: 20 })));
    const answers = await Promise.all(Array.from({ length: 4 }, () => postWebhook(app, server.token, body)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.reduce((n, a) => n + a.body.accepted, 0)).toBe(500);
    expect(answers.reduce((n, a) => n + a.body.duplicates, 0)).toBe(1500);
    const after = await snapshot(app);
    expect(after.users[u.id]).toEqual({ up: 5000n, down: 10000n, lifetime: 15000n });
  });
});
