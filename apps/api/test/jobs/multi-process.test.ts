import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { TestDatabase } from '../support/test-db';
import { JobRunner } from '../../src/platform/jobs/job-runner';
import { type Worker, readRuns, spawnWorker } from './fixtures/spawn-worker';
import { openJobsDb, silentLogger, sleep, waitFor } from './support';

// jest.config's per-project testTimeout is ignored (it is a global option): set it here.
jest.setTimeout(30_000);

/** Real OS processes on one database: what the API process and `--worker` processes do in production. */
let db: TestDatabase;
let ds: DataSource;
let close: () => Promise<void>;
let dir: string;
let workers: Worker[] = [];

beforeAll(async () => ({ db, ds, close } = await openJobsDb()));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tm-jobs-'));
});
afterEach(async () => {
  for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.exited));
  workers = [];
  rmSync(dir, { recursive: true, force: true });
  await ds.query('DELETE FROM agenda_jobs');
});
afterAll(async () => close());

function start(mode: 'tick' | 'slow', env: Record<string, string>): Worker {
  const w = spawnWorker(mode, { DATABASE_URL: db.url, RUNS_FILE: join(dir, 'runs.log'), PROCESS_EVERY: '200 ms', ...env });
  workers.push(w);
  return w;
}

const runs = () => readRuns(join(dir, 'runs.log'));
const ready = (w: Worker) => waitFor(`worker ${w.pid} ready\n${w.output()}`, () => runs().some((r) => r.event === 'ready' && r.pid === w.pid), 20_000);

describe('jobs across worker processes', () => {
  it('two processes run a periodic job once per tick, never twice', async () => {
    const [a, b] = [start('tick', { TICK_EVERY: '* * * * * *' }), start('tick', { TICK_EVERY: '* * * * * *' })];
    await Promise.all([ready(a), ready(b)]);
    const from = Date.now();
    await sleep(6_000);
    for (const w of [a, b]) w.proc.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);

    const ticks = runs().filter((r) => r.event === 'tick' && r.at >= from);
    const seconds = ticks.map((t) => Math.floor(t.at / 1000));
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seconds).size).toBe(ticks.length); // no second (tick) ran twice
    expect(ticks.every((t) => t.pid === a.pid || t.pid === b.pid)).toBe(true);
    const rows = await ds.query('SELECT COUNT(*) AS n FROM agenda_jobs WHERE locked_at IS NOT NULL');
    expect(Number(rows[0].n)).toBe(0); // both stopped gracefully
  });

  it('many due jobs, two processes racing for them: each runs exactly once', async () => {
    const [a, b] = [start('slow', { SLOW_MS: '20' }), start('slow', { SLOW_MS: '20' })];
    await Promise.all([ready(a), ready(b)]);
    const client = new JobRunner({ dataSource: ds, logger: silentLogger, processEvery: '1 second', lockLifetimeMs: 10_000 });
    const N = 60;
    for (let batch = 0; batch < N; batch += 10) {
      // In batches, so both processes' scans (at different phases) meet due jobs.
      await Promise.all(Array.from({ length: 10 }, (_, i) => client.now('slow', { n: batch + i })));
      await sleep(70);
    }
    await waitFor(`${N} jobs done`, () => runs().filter((r) => r.event === 'slow:done').length >= N, 20_000);
    await sleep(500); // a duplicate would show up now

    const starts = runs().filter((r) => r.event === 'slow:start');
    expect(starts.map((r) => r.n).sort((x, y) => x! - y!)).toEqual(Array.from({ length: N }, (_, n) => n));
    expect(starts.every((r) => r.pid === a.pid || r.pid === b.pid)).toBe(true);
  });

  it('a job locked by a process that died is run by another after its lock lifetime', async () => {
    const LOCK_MS = 3_000;
    const a = start('slow', { HANG: '1', LOCK_LIFETIME_MS: String(LOCK_MS) });
    await ready(a);
    const client = new JobRunner({ dataSource: ds, logger: silentLogger, processEvery: '1 second', lockLifetimeMs: LOCK_MS });
    await client.now('slow', { n: 7 }); // enqueue only: this runner is never started
    const startedInA = await waitFor('A to start the job', () => runs().find((r) => r.event === 'slow:start'));
    expect(startedInA.pid).toBe(a.pid);

    const b = start('slow', { LOCK_LIFETIME_MS: String(LOCK_MS) });
    await ready(b);
    await sleep(Math.max(0, startedInA.at + LOCK_MS / 2 - Date.now()));
    expect(runs().filter((r) => r.event === 'slow:start')).toHaveLength(1); // A still holds it
    a.proc.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');

    const done = await waitFor('B to finish the job', () => runs().find((r) => r.event === 'slow:done'), LOCK_MS * 3);
    const starts = runs().filter((r) => r.event === 'slow:start');
    expect(starts.map((r) => r.pid)).toEqual([a.pid, b.pid]);
    expect(starts[1].n).toBe(7);
    expect(done.pid).toBe(b.pid);
    expect(starts[1].at - startedInA.at).toBeGreaterThanOrEqual(LOCK_MS - 100);
    await waitFor('the finished one-off job to leave the table', async () => (await client.list()).length === 0, 5_000);
  });
});
