import { hostname } from 'node:os';
import { Agenda } from 'agenda';
import type { AgendaBackend, BackoffStrategy, Job, JobParameters, JobWithId } from 'agenda';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger/logger';
import { normalizeInterval, parseDuration } from './duration';
import { TypeormBackend } from './typeorm-backend';

export interface JobRunnerOptions {
  /** The app's data source; jobs are stored in its `agenda_jobs` table unless mongoUrl is set. */
  dataSource: DataSource;
  /** Production: store jobs in MongoDB through @agendajs/mongo-backend instead. */
  mongoUrl?: string;
  logger: Logger;
  /** How often each process polls for due jobs: "5 seconds", "200 ms". */
  processEvery: string;
  /** A job locked longer than this is presumed dead (its process crashed) and may run again elsewhere. */
  lockLifetimeMs: number;
  /** This process in job rows' last_modified_by; defaults to host:pid. */
  name?: string;
}

/** One stored job, for the System page. */
export interface JobInfo {
  name: string;
  repeatInterval: string | null;
  nextRunAt: Date | null;
  lastRunAt: Date | null;
  lastFinishedAt: Date | null;
  failCount: number;
  failReason: string | null;
  lockedAt: Date | null;
}

/**
 * The seam between the app and Agenda: jobs are defined as `(data) => Promise<void>` and never see
 * Agenda or which backend stores them. Several processes (API and `--worker`) may run one each on
 * the same database: a job runs in one of them at a time.
 */
export class JobRunner {
  readonly backendName: 'typeorm' | 'mongo';
  private readonly agenda: Agenda;
  private readonly backend: AgendaBackend;
  private readonly typeorm?: TypeormBackend;
  private readonly logger: Logger;
  private readonly lockLifetimeMs: number;
  private readonly dataSource: DataSource;

  constructor(opts: JobRunnerOptions) {
    this.logger = opts.logger;
    this.lockLifetimeMs = opts.lockLifetimeMs;
    this.dataSource = opts.dataSource;
    this.backendName = opts.mongoUrl ? 'mongo' : 'typeorm';
    if (opts.mongoUrl) this.backend = mongoBackend(opts.mongoUrl, this.logger);
    else this.backend = this.typeorm = new TypeormBackend(opts.dataSource);
    this.agenda = new Agenda({
      backend: this.backend,
      name: opts.name ?? `${hostname()}:${process.pid}`,
      processEvery: parseDuration(opts.processEvery),
      defaultLockLifetime: opts.lockLifetimeMs,
      // One-off jobs leave the table once they succeed; failures stay for the System page.
      removeOnComplete: true,
    });
    // Agenda swallows its 'error' events (failed polls, expired jobs) unless someone listens.
    this.agenda.on('error', (err: Error) => this.logger.error({ err }, 'job processing error'));
    this.agenda.on('fail', (err: Error, job: JobWithId) =>
      this.logger.warn({ err, job: job.attrs.name, failCount: job.attrs.failCount }, 'job failed'),
    );
  }

  /**
   * A job handler gets its data and which attempt this is (1 first, 2 for the first retry...).
   * With `backoff`, a failed run is retried after the delay it returns (null: give up).
   */
  define<T>(
    name: string,
    handler: (data: T, run: { attempt: number }) => Promise<void>,
    opts: { concurrency?: number; lockLifetimeMs?: number; backoff?: BackoffStrategy } = {},
  ): void {
    this.agenda.define<T>(
      name,
      async (job: Job<T>) => {
        await handler(job.attrs.data, { attempt: (job.attrs.failCount ?? 0) + 1 });
      },
      { concurrency: opts.concurrency, lockLifetime: opts.lockLifetimeMs ?? this.lockLifetimeMs, backoff: opts.backoff },
    );
  }

  /** One job per name, repeating: a human interval ("5 minutes") or a cron expression. Safe to call at every boot. */
  async every(interval: string, name: string, data: object = {}, opts: { timezone?: string } = {}): Promise<void> {
    await this.agenda.every(normalizeInterval(interval), name, data, { timezone: opts.timezone });
  }

  /**
   * A repeating job at a new interval: `every` alone keeps the already computed next run, so the job
   * is removed and created again, and runs once now, then at the new interval.
   */
  async reschedule(interval: string, name: string): Promise<void> {
    await this.agenda.cancel({ name });
    await this.every(interval, name);
  }

  /** A one-off job at a date or a human time ("in 10 minutes", "tomorrow at noon"). */
  async schedule(when: string | Date, name: string, data: object = {}): Promise<void> {
    await this.agenda.schedule(when, name, data);
  }

  async now(name: string, data: object = {}): Promise<void> {
    await this.agenda.now(name, data);
  }

  /** Starts polling for due jobs of the names defined in this process. */
  async start(): Promise<void> {
    if (this.typeorm && !this.dataSource.isInitialized) throw new Error('JobRunner.start: open the database first');
    this.typeorm?.repository.startClaiming();
    await this.agenda.start();
  }

  /**
   * Graceful stop: claims nothing more, waits for running jobs (at most one lock lifetime, after
   * which other processes may take them anyway), then unlocks jobs it had locked but not started.
   * The app's DataSource stays open.
   */
  async stop(): Promise<void> {
    await this.typeorm?.repository.stopClaiming();
    // Agenda's drain re-checks only on 'complete' events, which fire before a job's last write
    // (the removeOnComplete delete), so it can miss the moment the last job ends: poll as well.
    const idle = new AbortController();
    const poll = setInterval(() => {
      this.agenda.getRunningStats().then(
        (s) => (typeof s.runningJobs === 'number' ? s.runningJobs : s.runningJobs.length) === 0 && idle.abort(),
        () => idle.abort(),
      );
    }, 50);
    try {
      const result = await this.agenda.drain({ timeout: this.lockLifetimeMs, signal: idle.signal, closeConnection: false });
      if (result.timedOut) this.logger.warn({ running: result.running }, 'jobs still running at stop');
    } finally {
      clearInterval(poll);
    }
    if (this.typeorm) await this.typeorm.repository.releaseHeldLocks();
    else await this.backend.disconnect();
  }

  async list(): Promise<JobInfo[]> {
    const { jobs } = await this.agenda.queryJobs({ sort: { name: 'asc', nextRunAt: 'asc' } });
    return jobs.map(toInfo);
  }
}

function toInfo(job: JobParameters): JobInfo {
  const date = (d: Date | null | undefined) => (d ? new Date(d) : null);
  return {
    name: job.name,
    repeatInterval: job.repeatInterval === undefined || job.repeatInterval === null ? null : String(job.repeatInterval),
    nextRunAt: date(job.nextRunAt),
    lastRunAt: date(job.lastRunAt),
    lastFinishedAt: date(job.lastFinishedAt),
    failCount: job.failCount ?? 0,
    failReason: job.failReason ?? null,
    lockedAt: date(job.lockedAt),
  };
}

/** Loaded only when MONGODB_URL is set, so the mongodb driver is never required otherwise. */
function mongoBackend(url: string, logger: Logger): AgendaBackend {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily and synchronously: only this path may need the mongodb driver
  const { MongoBackend } = require('@agendajs/mongo-backend') as typeof import('@agendajs/mongo-backend');
  const inner = new MongoBackend({ address: url });
  // Agenda connects in its constructor and doesn't catch: say why before the process dies of it.
  return {
    name: inner.name,
    repository: inner.repository,
    logger: inner.logger,
    ownsConnection: true,
    connect: () =>
      inner.connect().catch((err: unknown) => {
        logger.fatal({ err }, 'cannot connect to MongoDB for jobs');
        throw err;
      }),
    disconnect: () => inner.disconnect(),
  };
}
