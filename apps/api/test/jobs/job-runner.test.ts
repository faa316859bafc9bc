import type { DataSource } from 'typeorm';
import { JobRunner, type JobRunnerOptions } from '../../src/platform/jobs/job-runner';
import { openJobsDb, silentLogger, sleep, waitFor } from './support';

let ds: DataSource;
let close: () => Promise<void>;
const runners: JobRunner[] = [];

function runner(opts: Partial<JobRunnerOptions> = {}): JobRunner {
  const r = new JobRunner({ dataSource: ds, logger: silentLogger, processEvery: '100 ms', lockLifetimeMs: 2_000, ...opts });
  runners.push(r);
  return r;
}

const lockedRows = async () =>
  Number((await ds.query('SELECT COUNT(*) AS n FROM agenda_jobs WHERE locked_at IS NOT NULL'))[0].n);

beforeAll(async () => ({ ds, close } = await openJobsDb()));
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
  await ds.query('DELETE FROM agenda_jobs');
});
afterAll(async () => close());

describe('JobRunner on the TypeORM backend', () => {
  it('runs jobs scheduled with every, schedule and now, with their data', async () => {
    const r = runner();
    expect(r.backendName).toBe('typeorm');
    const runs: { job: string; data: unknown; at: number }[] = [];
    for (const job of ['periodic', 'later', 'asap']) {
      r.define<object>(job, async (data) => void runs.push({ job, data, at: Date.now() }));
    }
    await r.start();
    const t0 = Date.now();
    await r.every('500 ms', 'periodic', { kind: 'every' });
    await r.schedule(new Date(t0 + 700), 'later', { kind: 'schedule' });
    await r.now('asap', { kind: 'now' });

    await waitFor('3 periodic runs and the scheduled one', () =>
      runs.filter((x) => x.job === 'periodic').length >= 3 && runs.some((x) => x.job === 'later'),
    );
    const of = (job: string) => runs.filter((x) => x.job === job);
    expect(of('asap')).toEqual([expect.objectContaining({ data: { kind: 'now' } })]);
    expect(of('later')).toEqual([expect.objectContaining({ data: { kind: 'schedule' } })]);
    expect(of('later')[0].at).toBeGreaterThanOrEqual(t0 + 700);
    expect(of('periodic')[0].data).toEqual({ kind: 'every' });
    const gaps = of('periodic').slice(1).map((x, i) => x.at - of('periodic')[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(400);
  });

  it('schedules from human text and cron', async () => {
    const r = runner();
    const ran: string[] = [];
    r.define('soon', async () => void ran.push('soon'));
    r.define('cron', async () => void ran.push('cron'));
    await r.start();
    await r.schedule('in 1 second', 'soon');
    await r.every('* * * * * *', 'cron');
    await waitFor('both jobs', () => ran.includes('soon') && ran.includes('cron'), 5_000);
  });

  it('keeps one job per name when every() runs at each boot, and lists it', async () => {
    const a = runner();
    const b = runner();
    await a.every('5 minutes', 'report', { v: 1 });
    await b.every('5 minutes', 'report', { v: 2 });
    await b.every('10 minutes', 'report', { v: 3 });
    await a.schedule('in 2 hours', 'one-off');
    const jobs = await a.list();
    expect(jobs.map((j) => j.name)).toEqual(['one-off', 'report']);
    const report = jobs[1];
    expect(report).toMatchObject({ repeatInterval: '10 minutes', failCount: 0, failReason: null, lockedAt: null });
    expect(report.nextRunAt).toBeInstanceOf(Date);
    expect(jobs[0].repeatInterval).toBeNull();
    expect(jobs[0].nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it('lists failures, and removes one-off jobs that succeeded', async () => {
    const r = runner();
    r.define('broken', async () => {
      throw new Error('router unreachable');
    });
    r.define('fine', async () => undefined);
    await r.start();
    await r.now('broken');
    await r.now('fine');
    const jobs = await waitFor('the failure to be recorded', async () => {
      const list = await r.list();
      return list.length === 1 && list[0].failCount === 1 ? list : null;
    });
    expect(jobs[0]).toMatchObject({ name: 'broken', failReason: 'router unreachable', lockedAt: null });
    expect(jobs[0].lastFinishedAt).toBeInstanceOf(Date);
  });

  it('stop() waits for a running job and unlocks a job it had locked but not started', async () => {
    // A wide scan window: 'soon' is locked at the first scan yet due well after stop() returns, even on a loaded machine.
    const r = runner({ processEvery: '6 seconds' });
    let finished = false;
    r.define('slow', async () => {
      await sleep(700);
      finished = true;
    });
    r.define('soon', async () => undefined);
    await r.now('slow');
    // Due within the next scan window: the first scan locks it early and waits for its time.
    await r.schedule(new Date(Date.now() + 5_000), 'soon');
    await r.start();
    await waitFor('both jobs locked', async () => (await lockedRows()) === 2, 3_000);

    await r.stop();
    expect(finished).toBe(true);
    expect(await lockedRows()).toBe(0);
    const soon = (await r.list()).find((j) => j.name === 'soon');
    expect(soon?.lastRunAt).toBeNull();
  });

  it('rejects a processEvery Agenda would silently turn into 5 seconds', () => {
    expect(() => runner({ processEvery: 'often' })).toThrow('not a duration');
  });
});
