import type { JobParameters } from 'agenda';
import { DataSource } from 'typeorm';
import { createDataSource, openDatabase } from '../../src/platform/db/data-source';
import { ENTITIES } from '../../src/app/entities';
import { TypeormJobRepository } from '../../src/platform/jobs/typeorm-job-repository';
import { openJobsDb } from './support';

/** Two connections (pools) on one database, as two processes would have. */
let ds: DataSource;
let other: DataSource;
let close: () => Promise<void>;
let a: TypeormJobRepository;
let b: TypeormJobRepository;

beforeAll(async () => {
  const opened = await openJobsDb();
  ({ ds, close } = opened);
  other = await openDatabase(createDataSource(opened.db.db, ENTITIES), false);
});
beforeEach(async () => {
  await ds.query('DELETE FROM agenda_jobs');
  a = new TypeormJobRepository(ds);
  b = new TypeormJobRepository(other);
});
afterAll(async () => {
  await other.destroy();
  await close();
});

const job = (over: Partial<JobParameters> = {}): JobParameters => ({
  name: 'sync',
  priority: 0,
  nextRunAt: new Date(Date.now() - 1_000),
  type: 'normal',
  data: { server: 1 },
  ...over,
});
const scan = (repo: TypeormJobRepository, lockDeadline = new Date(Date.now() - 60_000)) =>
  repo.getNextJobToRun('sync', new Date(Date.now() + 1_000), lockDeadline, undefined, { lastModifiedBy: 'test' });

describe('TypeormJobRepository', () => {
  it('lets exactly one of many concurrent claimers lock a due job', async () => {
    const saved = await a.saveJob(job(), undefined);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => scan(i % 2 ? a : b)));
    const winners = results.filter((r) => r !== undefined);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ _id: saved._id, data: { server: 1 }, lastModifiedBy: 'test' });
    expect(winners[0]!.lockedAt).toBeInstanceOf(Date);
  });

  it('never takes a live lock, and takes an expired one', async () => {
    await a.saveJob(job(), undefined);
    const first = await scan(a);
    expect(first).toBeDefined();
    expect(await scan(b)).toBeUndefined();
    // B's clock says A's lock is older than the lock lifetime: A is presumed dead.
    const retaken = await scan(b, new Date(Date.now() + 1));
    expect(retaken?._id).toBe(first!._id);
    expect(retaken!.lockedAt!.getTime()).toBeGreaterThanOrEqual(first!.lockedAt!.getTime());
  });

  it('claims due jobs by next run time, then priority, and skips disabled ones', async () => {
    const at = new Date(Date.now() - 5_000);
    await a.saveJob(job({ nextRunAt: at, priority: 0, data: 'low' }), undefined);
    await a.saveJob(job({ nextRunAt: at, priority: 10, data: 'high' }), undefined);
    await a.saveJob(job({ nextRunAt: new Date(at.getTime() - 1), disabled: true, data: 'off' }), undefined);
    await a.saveJob(job({ nextRunAt: new Date(Date.now() + 60_000), data: 'future' }), undefined);
    expect((await scan(a))?.data).toBe('high');
    expect((await scan(a))?.data).toBe('low');
    expect(await scan(a)).toBeUndefined();
  });

  it('lockJob locks only an unlocked job still due at the same time', async () => {
    const saved = await a.saveJob(job(), undefined);
    expect(await b.lockJob({ ...saved, nextRunAt: new Date(0) }, undefined)).toBeUndefined();
    expect(await a.lockJob(saved, undefined)).toMatchObject({ _id: saved._id });
    expect(await b.lockJob(saved, undefined)).toBeUndefined();
  });

  it('upserts single jobs by name and never clears a lock held elsewhere', async () => {
    const every = (data: unknown): JobParameters => job({ type: 'single', repeatInterval: '5 minutes', data });
    const first = await a.saveJob(every(1), undefined);
    const locked = await scan(b);
    const again = await a.saveJob(every(2), undefined);
    expect(again._id).toBe(first._id);
    expect(again.data).toBe(2);
    expect(again.lockedAt?.getTime()).toBe(locked!.lockedAt!.getTime());
    expect((await a.queryJobs({ name: 'sync' })).total).toBe(1);
  });

  it('creates a single job once when two processes save it at the same moment', async () => {
    const single = job({ type: 'single', repeatInterval: '1 minute' });
    const saved = await Promise.all([a, b, a, b].map((r) => r.saveJob(single, undefined)));
    expect(new Set(saved.map((s) => s._id)).size).toBe(1);
    expect((await a.queryJobs()).total).toBe(1);
  });

  it('on release, unlocks only the locks it still holds', async () => {
    await a.saveJob(job({ data: 'mine' }), undefined);
    await a.saveJob(job({ data: 'taken over' }), undefined);
    const mine = await scan(a);
    const stale = await scan(a);
    const takenOver = await scan(b, new Date(Date.now() + 1)); // A's locks look expired to B
    expect(takenOver?._id).toBe(mine!._id);
    expect(stale).toBeDefined();

    expect(await a.releaseHeldLocks()).toBe(1);
    expect((await a.getJobById(stale!._id!))!.lockedAt).toBeUndefined();
    expect((await a.getJobById(takenOver!._id!))!.lockedAt?.getTime()).toBe(takenOver!.lockedAt!.getTime());
  });

  it('keeps milliseconds and JSON data', async () => {
    const when = new Date('2031-02-03T04:05:06.789Z');
    const data = { ids: [1, 2], nested: { ok: true, name: 'é ✓' } };
    const saved = await a.saveJob(job({ nextRunAt: when, data }), undefined);
    const read = await b.getJobById(saved._id!);
    expect(read!.nextRunAt!.toISOString()).toBe(when.toISOString());
    expect(read!.data).toEqual(data);
    expect(await b.getJobById('not-an-id')).toBeNull();
  });

  it('filters by name, data and state, and removes by data', async () => {
    await a.saveJob(job({ name: 'alpha', data: { server: 1, kind: 'x' } }), undefined);
    await a.saveJob(job({ name: 'alpha', data: { server: 2 } }), undefined);
    await a.saveJob(job({ name: 'beta_1', nextRunAt: new Date(Date.now() + 60_000), data: null }), undefined);
    expect((await a.queryJobs({ search: 'a_' })).total).toBe(1);
    expect((await a.queryJobs({ data: { server: 1 } })).jobs.map((j) => j.data)).toEqual([{ server: 1, kind: 'x' }]);
    expect((await a.queryJobs({ state: 'scheduled' })).jobs.map((j) => j.name)).toEqual(['beta_1']);
    expect(await a.getDistinctJobNames()).toEqual(['alpha', 'beta_1']);
    expect(await a.getQueueSize()).toBe(2);
    expect(await a.removeJobs({ name: 'alpha', data: { server: 2 } })).toBe(1);
    expect(await a.removeJobs({})).toBe(0);
    expect((await a.queryJobs()).total).toBe(2);
  });
});
