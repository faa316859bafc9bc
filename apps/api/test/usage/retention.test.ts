import type { Container } from '../../src/app/container';
import { registerJobs } from '../../src/jobs';
import { cleanupSamplesJob } from '../../src/jobs/definitions/cleanup-samples.job';
import { JobName } from '../../src/jobs/job-names';
import { schedule } from '../../src/jobs/schedule';
import { DEFAULT_SETTINGS } from '../../src/modules/settings/settings.policy';
import { UsageRetentionService } from '../../src/modules/usage';
import { queuedWrite } from '../../src/platform/db/transaction';
import { makeAgent, makeUser, unique } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

const SET_RETENTION = `mutation($days: Int!) { updateSettings(input: { retentionDays: $days }) { retentionDays } }`;
const CLEANUP = `mutation { cleanupSamples { deleted before } }`;
const DAY = 86_400_000;
const nowSec = () => Math.floor(Date.now() / 1000) * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

describe(`sample retention (${TEST_DB})`, () => {
  let app: TestApp;
  let serverId: number;
  const admin = () => ({ token: app.adminToken });
  const q = (sql: string, params: unknown[] = []) => app.c.ds.query(sql, params);
  const sampleCount = async () => Number((await q('SELECT COUNT(*) AS n FROM samples'))[0].n);
  const retention = async (days: number) => ok(await app.gql(SET_RETENTION, { days }, admin()));
  async function send(samples: Record<string, unknown>[]) {
    expect((await app.c.services.ingest.ingest(serverId, samples)).accepted).toBe(samples.length);
  }
  /** Everything cleanup must leave alone: rollups and every counter, as text so drivers compare alike. */
  async function kept() {
    await app.c.services.usageRollup.rollUp();
    const text = (rows: Record<string, unknown>[]) => JSON.stringify(rows.map((r) => Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : String(v)))));
    return {
      hourly: text(await q('SELECT user_id, server_id, protocol, hour, up_bytes, down_bytes, samples, last_seen_at FROM usage_hourly ORDER BY user_id, server_id, protocol, hour')),
      agentHourly: text(await q('SELECT agent_key, hour, up_bytes, down_bytes, samples FROM usage_hourly_agent ORDER BY agent_key, hour')),
      counters: text(await q('SELECT up_bytes, down_bytes, lifetime_bytes, samples_count FROM system_counters')),
      users: text(await q('SELECT id, up_bytes, down_bytes, lifetime_bytes FROM users ORDER BY id')),
      userServers: text(await q('SELECT user_id, server_id, up_bytes, down_bytes, lifetime_up, lifetime_down FROM user_server_usage ORDER BY user_id, server_id')),
      agents: text(await q('SELECT id, charged_bytes, lifetime_bytes FROM accounts ORDER BY id')),
      servers: text(await q('SELECT id, up_bytes, down_bytes, lifetime_bytes, samples_count FROM servers ORDER BY id')),
    };
  }

  beforeAll(async () => {
    app = await startTestApp();
    const { createServer } = ok(
      await app.gql(`mutation($input: CreateServerInput!) { createServer(input: $input) { server { id } } }`, { input: { name: unique('ret') } }, admin()),
    );
    serverId = Number(createServer.server.id);
  });
  afterEach(async () => {
    await queuedWrite(app.c.ds, () => q('DELETE FROM samples'));
  });
  afterAll(() => app.close());

  it('deletes raw samples older than retentionDays; rollups and counters stay; 0 keeps all', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const mine = await makeUser(app, admin());
    const now = nowSec();
    const old = [now - 100 * DAY, now - 100 * DAY + 1000, now - 40 * DAY, now - 31 * DAY];
    const recent = [now - 29 * DAY, now - DAY, now];
    await send([...old, ...recent].map((at, i) => ({ user: i % 2 ? mine.username : u.username, protocol: 'vless', up: 1000 + i, down: 10 + i, at: iso(at) })));
    const usageBefore = ok(await app.gql(`query($id: ID!) { userUsage(userId: $id, days: 200) { up down samples } }`, { id: u.id }, a.as)).userUsage;
    const statsBefore = ok(await app.gql('{ globalStats { used lifetime samples } }', {}, admin())).globalStats;
    const before = await kept();

    await retention(0);
    expect(ok(await app.gql(CLEANUP, {}, admin())).cleanupSamples).toEqual({ deleted: 0, before: null });
    expect(await sampleCount()).toBe(7);

    await retention(30);
    const t0 = Date.now();
    const { cleanupSamples } = ok(await app.gql(CLEANUP, {}, admin()));
    expect(cleanupSamples.deleted).toBe(old.length);
    const cutoff = Date.parse(cleanupSamples.before);
    expect(cutoff).toBeGreaterThanOrEqual(t0 - 30 * DAY - 1000);
    expect(cutoff).toBeLessThanOrEqual(Date.now() - 30 * DAY);
    const left: { at: unknown }[] = await q('SELECT at FROM samples ORDER BY at');
    expect(left.map((r) => new Date(r.at instanceof Date ? r.at : `${String(r.at).replace(' ', 'T')}Z`).getTime())).toEqual(recent);

    expect(await kept()).toEqual(before);
    expect(ok(await app.gql(`query($id: ID!) { userUsage(userId: $id, days: 200) { up down samples } }`, { id: u.id }, a.as)).userUsage).toEqual(usageBefore);
    expect(ok(await app.gql('{ globalStats { used lifetime samples } }', {}, admin())).globalStats).toEqual(statsBefore);
    const info = ok(await app.gql('{ databaseInfo { retentionDays oldestSampleAt tables { name rows } } }', {}, admin())).databaseInfo;
    expect(info.retentionDays).toBe(30);
    expect(info.oldestSampleAt).toBe(iso(recent[0]));
    expect(info.tables.find((t: { name: string }) => t.name === 'samples').rows).toBe(recent.length);

    expect(ok(await app.gql(CLEANUP, {}, admin())).cleanupSamples.deleted).toBe(0);
    expect(codeOf(await app.gql(CLEANUP, {}, a.as))).toBe('FORBIDDEN');
    expect(await sampleCount()).toBe(recent.length);
  });

  it('deletes in bounded chunks until nothing old is left', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const now = nowSec();
    await retention(30);
    await send(Array.from({ length: 10 }, (_, i) => ({ user: u.username, up: 1, down: 1, at: iso(now - 60 * DAY + i * 1000) })));
    await send([{ user: u.username, up: 1, down: 1, at: iso(now) }]);
    const small = new UsageRetentionService(app.c.ds, app.c.services.settings, app.c.services.usageRollup, 3);
    expect((await small.cleanup({ kind: 'system', reason: 'test' })).deleted).toBe(10);
    expect(await sampleCount()).toBe(1);

    // More than one default chunk (5,000) through the mutation.
    await send(Array.from({ length: 6001 }, (_, i) => ({ user: u.username, up: 1, down: 1, at: iso(now - 45 * DAY + i) })));
    expect(ok(await app.gql(CLEANUP, {}, admin())).cleanupSamples.deleted).toBe(6001);
    expect(await sampleCount()).toBe(1);
  });

  it('the daily job usage.cleanup-samples runs the same cleanup', async () => {
    expect(schedule(DEFAULT_SETTINGS)).toContainEqual({ name: JobName.CLEANUP_SAMPLES, every: '1 day' });
    expect(JobName.CLEANUP_SAMPLES).toBe('usage.cleanup-samples');
    const defined = new Map<string, () => Promise<void>>();
    const every: [string, string][] = [];
    const jobs = { define: (name: string, run: () => Promise<void>) => void defined.set(name, run), every: async (e: string, name: string) => void every.push([e, name]) };
    await registerJobs({ ...app.c, jobs } as unknown as Container);
    expect(every).toContainEqual(['1 day', 'usage.cleanup-samples']);
    expect(defined.has('usage.cleanup-samples')).toBe(true);

    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const now = nowSec();
    await retention(7);
    await send([
      { user: u.username, up: 5, down: 5, at: iso(now - 8 * DAY) },
      { user: u.username, up: 5, down: 5, at: iso(now - 6 * DAY) },
    ]);
    await defined.get('usage.cleanup-samples')!();
    expect(await sampleCount()).toBe(1);
    await send([{ user: u.username, up: 5, down: 5, at: iso(now - 9 * DAY) }]);
    await cleanupSamplesJob.handler(app.c)();
    expect(await sampleCount()).toBe(1);
    expect(Number((await q('SELECT lifetime_bytes AS n FROM users WHERE id = ?', [Number(u.id)]))[0].n)).toBe(30);
  });
});
