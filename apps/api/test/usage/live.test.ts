import type { DataSource } from 'typeorm';
import { UsageLiveService } from '../../src/modules/usage';
import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub, Topics } from '../../src/platform/pubsub/pubsub';
import { makeAgent, makeUser, unique } from '../support/factories';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { subscribe, type Subscription } from '../support/ws-client';

const USAGE_UPDATED = `subscription($userId: ID, $agentId: ID) {
  usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }
}`;
const WINDOW_MS = 300;

interface Update {
  scope: 'USER' | 'AGENT' | 'GLOBAL';
  userId: string | null;
  agentId: string | null;
  up: string | null;
  down: string | null;
  used: string;
  lifetime: string;
  at: string;
}
type Sub = Subscription<{ usageUpdated: Update }>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes events until `done` says so (or fails after `ms`). */
async function until(sub: Sub, done: (got: Update[]) => boolean, ms = 5000): Promise<Update[]> {
  const got: Update[] = [];
  const deadline = Date.now() + ms;
  while (!done(got)) got.push((await sub.next(Math.max(1, deadline - Date.now()))).usageUpdated);
  return got;
}

const forbiddenOnSubscribe = async (sub: Sub, code = 'FORBIDDEN') => {
  try {
    await expect(sub.next(2000)).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
  } finally {
    await sub.close();
  }
};

describe(`live usage subscriptions (${TEST_DB})`, () => {
  let app: TestApp;
  let serverId: number;
  const admin = () => ({ token: app.adminToken });
  const send = (samples: Record<string, unknown>[]) => app.c.services.ingest.ingest(serverId, samples);
  const sub = (token: string, vars: Record<string, unknown> = {}): Promise<Sub> => subscribe(app.wsUrl, USAGE_UPDATED, token, vars);

  beforeAll(async () => {
    app = await startTestApp({ env: { USAGE_COALESCE_MS: String(WINDOW_MS) } });
    const { createServer } = ok(
      await app.gql(`mutation($input: CreateServerInput!) { createServer(input: $input) { server { id } } }`, { input: { name: unique('live') } }, admin()),
    );
    serverId = Number(createServer.server.id);
  });
  afterAll(() => app.close());

  it('after ingest, subscribers hear the current user, agent and global totals', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const asUser = await sub(a.token, { userId: u.id });
    const asAgent = await sub(a.token, { agentId: a.id });
    const asAdmin = await sub(app.adminToken);
    try {
      await send([
        { user: u.username, up: 100, down: 200 },
        { user: u.token, up: 5, down: 7 },
      ]);
      const user = (await asUser.next()).usageUpdated;
      expect(user).toEqual({ scope: 'USER', userId: u.id, agentId: a.id, up: '105', down: '207', used: '312', lifetime: '312', at: expect.any(String) });
      expect(Math.abs(Date.parse(user.at) - Date.now())).toBeLessThan(10_000);

      const agentSide = await until(asAgent, (got) => got.length >= 2);
      expect(agentSide).toEqual(
        expect.arrayContaining([
          { ...user, at: expect.any(String) },
          { scope: 'AGENT', userId: null, agentId: a.id, up: null, down: null, used: '312', lifetime: '312', at: expect.any(String) },
        ]),
      );

      const adminSide = await until(asAdmin, (got) => got.some((e) => e.scope === 'GLOBAL') && got.some((e) => e.scope === 'AGENT' && e.agentId === a.id));
      const [counters] = await app.c.ds.query('SELECT up_bytes AS up, down_bytes AS down, lifetime_bytes AS lifetime FROM system_counters WHERE id = 1');
      const global = adminSide.find((e) => e.scope === 'GLOBAL')!;
      expect(global).toMatchObject({
        userId: null,
        agentId: null,
        up: String(counters.up),
        down: String(counters.down),
        used: String(BigInt(counters.up) + BigInt(counters.down)),
        lifetime: String(counters.lifetime),
      });
      // An admin without arguments hears GLOBAL and AGENT events, not every user's.
      await sleep(WINDOW_MS);
      expect([...adminSide, ...asAdmin.pending().map((e) => e.usageUpdated)].filter((e) => e.scope === 'USER')).toEqual([]);
    } finally {
      await Promise.all([asUser.close(), asAgent.close(), asAdmin.close()]);
    }
  });

  it("an agent hears only its own, and may not follow another agent or another agent's user", async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const ua = await makeUser(app, a.as);
    const ub = await makeUser(app, b.as);

    await forbiddenOnSubscribe(await sub(a.token, { agentId: b.id }));
    await forbiddenOnSubscribe(await sub(a.token, { userId: ub.id }));
    await forbiddenOnSubscribe(await sub(a.token, { agentId: '999999' }));
    await forbiddenOnSubscribe(await sub(app.adminToken, { userId: '999999' }));
    await forbiddenOnSubscribe(await sub(app.adminToken, { userId: ua.id, agentId: a.id }), 'BAD_USER_INPUT');

    const mine = await sub(a.token);
    const theirs = await sub(b.token, { userId: ub.id });
    try {
      await send([{ user: ub.username, up: 1, down: 1 }]);
      await send([{ user: ua.username, up: 2, down: 3 }]);
      const got = await until(mine, (g) => g.some((e) => e.scope === 'USER') && g.some((e) => e.scope === 'AGENT'));
      expect((await theirs.next()).usageUpdated).toMatchObject({ scope: 'USER', userId: ub.id, used: '2' });
      await sleep(WINDOW_MS * 2);
      const all = [...got, ...mine.pending().map((e) => e.usageUpdated)];
      expect(all.every((e) => e.agentId === a.id)).toBe(true);
      expect(all.filter((e) => e.scope === 'USER').map((e) => e.userId)).toEqual(expect.arrayContaining([ua.id]));
      expect(all.some((e) => e.userId === ub.id || e.agentId === b.id || e.scope === 'GLOBAL')).toBe(false);
      expect(all.find((e) => e.scope === 'AGENT')).toMatchObject({ used: '5', lifetime: '5' });
    } finally {
      await Promise.all([mine.close(), theirs.close()]);
    }
  });

  it('a flood of 50 batches for one user is coalesced into a few events carrying the final totals', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const s = await sub(a.token, { userId: u.id });
    try {
      const started = Date.now();
      await Promise.all(Array.from({ length: 50 }, (_, i) => send([{ user: u.username, up: i + 1, down: 1 }])));
      const elapsed = Date.now() - started;
      const up = (50 * 51) / 2;
      const events = await until(s, (got) => got.some((e) => e.up === String(up)));
      await sleep(WINDOW_MS * 2);
      events.push(...s.pending().map((e) => e.usageUpdated));
      // One flush right away, then at most one per window while the flood lasts.
      expect(events.length).toBeLessThanOrEqual(Math.ceil(elapsed / WINDOW_MS) + 2);
      expect(events.length).toBeLessThan(10);
      expect(events[events.length - 1]).toMatchObject({ scope: 'USER', userId: u.id, up: String(up), down: '50', used: String(up + 50), lifetime: String(up + 50) });
      const [row] = await app.c.ds.query('SELECT up_bytes AS up, down_bytes AS down FROM users WHERE id = ?', [Number(u.id)]);
      expect([String(row.up), String(row.down)]).toEqual([String(up), '50']);
    } finally {
      await s.close();
    }
  });

  it('events cross Redis to another API instance as JSON, bytes exact past 2^53', async () => {
    const redis = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', USAGE_COALESCE_MS: String(WINDOW_MS) };
    const one = await startTestApp({ env: redis });
    const two = await startTestApp({ env: redis, db: one.db });
    try {
      expect(two.c.pubsub.kind).toBe('redis');
      const a = await makeAgent(one);
      const u = await makeUser(one, a.as);
      const { createServer } = ok(
        await one.gql(`mutation($input: CreateServerInput!) { createServer(input: $input) { server { id } } }`, { input: { name: unique('r') } }, { token: one.adminToken }),
      );
      const s = await subscribe<{ usageUpdated: Update }>(two.wsUrl, USAGE_UPDATED, await two.login(a.username, a.password), { userId: u.id });
      try {
        const big = 2n ** 60n + 3n;
        await one.c.services.ingest.ingest(Number(createServer.server.id), [{ user: u.username, up: big.toString(), down: '1' }]);
        expect((await s.next()).usageUpdated).toMatchObject({ scope: 'USER', userId: u.id, agentId: a.id, up: big.toString(), down: '1', used: (big + 1n).toString() });
      } finally {
        await s.close();
      }
    } finally {
      await two.close();
      await one.close();
    }
  });

  it('one notice per window, no read for what nobody follows, stops on close, and a failing read is logged instead of thrown', async () => {
    const logger = { warn: jest.fn(), error: jest.fn() };
    const batch = (users: [number, number | null][], agentIds: number[] = []) => ({ serverId, users, agentIds, boundedUserIds: [], at: new Date() });

    // Marks within a window become ONE notice on the shared pub/sub; a closed service publishes nothing.
    const published: unknown[] = [];
    const recording = { publish: (...args: unknown[]) => void published.push(args), subscribe: () => undefined } as unknown as PubSub;
    const noticer = new UsageLiveService(app.c.ds, recording, { coalesceMs: 20, logger });
    noticer.batchCommitted(batch([[1, null]]));
    noticer.batchCommitted(batch([[2, 7]], [7]));
    await sleep(100);
    expect(published).toEqual([['usage.changed', { users: [[1, null], [2, 7]], agents: [7] }]]);
    await noticer.close();
    noticer.batchCommitted(batch([[3, null]]));
    await sleep(100);
    expect(published).toHaveLength(1);

    // Reads happen only for what this instance's subscribers follow.
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const other = await makeAgent(app);
    const otherUser = await makeUser(app, other.as);
    const [uid, aid, oid, ouid] = [u.id, a.id, other.id, otherUser.id].map(Number);
    const reads: string[] = [];
    const counting = { query: (q: string, p?: unknown[]) => (reads.push(q), app.c.ds.query(q, p)) } as unknown as DataSource;
    const live = new UsageLiveService(counting, createPubSub<Topics>(), { coalesceMs: 20, logger });
    const events = (await live.subscribe({ kind: 'system', reason: 'test' }, { userId: uid }))[Symbol.asyncIterator]();
    reads.length = 0;
    live.batchCommitted(batch([[ouid, oid]], [oid]));
    await sleep(100);
    expect(reads).toEqual([]);
    live.batchCommitted(batch([[uid, aid]], [aid]));
    expect((await events.next()).value).toMatchObject({ scope: 'USER', userId: uid, agentId: aid });
    expect(reads).toHaveLength(1);
    await events.return!();
    reads.length = 0;
    live.batchCommitted(batch([[uid, aid]], [aid]));
    await sleep(100);
    expect(reads).toEqual([]); // the subscriber left: nobody to read for
    await live.close();

    // A failing read is logged and the next window tries again.
    const broken = { query: async () => Promise.reject(new Error('database is gone')) } as unknown as DataSource;
    const failing = new UsageLiveService(broken, createPubSub<Topics>(), { coalesceMs: 20, logger });
    const failingEvents = await failing.subscribe({ kind: 'system', reason: 'test' }, {});
    failing.batchCommitted(batch([[1, null]]));
    await sleep(100);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0][0].err.message).toBe('database is gone');
    failing.batchCommitted(batch([[1, null]]));
    await sleep(100);
    expect(logger.error).toHaveBeenCalledTimes(2);
    await failingEvents[Symbol.asyncIterator]().return?.();
    await failing.close();
  });
});
