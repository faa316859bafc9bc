import { computeJobState } from 'agenda';
import type {
  JobId,
  JobParameters,
  JobRepository,
  JobRepositoryOptions,
  JobsOverview,
  JobsQueryOptions,
  JobsResult,
  RemoveJobsOptions,
} from 'agenda';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { AgendaJobEntity } from './agenda-job.entity';
import { type Criteria, applyCriteria, chunks, queryCriteria, removeCriteria, sortColumns } from './typeorm-job-query';
import { type Row, dataMatches, parseJobId, toParams, toRow, toStateRow } from './typeorm-job-mapping';
import { JobRows } from './typeorm-job-rows';
import { saveUnique } from './typeorm-unique-save';
import { queuedWrite } from '../db/transaction';

/** Rows a job is due on: free and due before the next scan, or locked by someone whose lock expired. */
const CLAIMABLE =
  'name = :name AND disabled = :off AND ((locked_at IS NULL AND next_run_at <= :nextScanAt) OR locked_at <= :lockDeadline)';
const CANDIDATES = 5;
const EMPTY_OVERVIEW = { total: 0, running: 0, scheduled: 0, queued: 0, completed: 0, failed: 0, repeating: 0, paused: 0 };

/**
 * Agenda's JobRepository over the app's TypeORM DataSource (SQLite or MariaDB). A job is claimed
 * only by a conditional UPDATE whose WHERE repeats the claim condition, checked by affected rows,
 * so two processes never both lock it. It also remembers the locks it holds, so a graceful stop
 * can hand back jobs it locked but never started.
 */
export class TypeormJobRepository implements JobRepository {
  private readonly held = new Map<number, number>(); // job id → the locked_at (ms) we wrote
  private readonly claims = new Set<Promise<unknown>>();
  private claiming = true;
  private rowsCache?: JobRows;

  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(AgendaJobEntity);
  }

  private get rows() {
    return (this.rowsCache ??= new JobRows(this.repo));
  }

  private update(row: Row, condition: string, params: ObjectLiteral): Promise<boolean> {
    return this.rows.update(row, condition, params);
  }

  /** The DataSource is opened (and migrated) by the app, not here. */
  async connect(): Promise<void> {}

  async getJobById(id: string): Promise<JobParameters | null> {
    const n = parseJobId(id);
    const row = n === null ? null : await this.repo.findOneBy({ id: n });
    return row ? toParams(row) : null;
  }

  async queryJobs(options: JobsQueryOptions = {}): Promise<JobsResult> {
    const { state, skip = 0, limit = 0 } = options;
    const c = queryCriteria(options);
    if (c.none) return { jobs: [], total: 0 };
    const qb = applyCriteria(this.repo.createQueryBuilder('j'), c);
    for (const [prop, dir] of sortColumns(options.sort)) qb.addOrderBy(`j.${prop}`, dir);
    const now = new Date();
    const withState = (p: JobParameters) => ({ ...p, _id: p._id as JobId, state: computeJobState(p, now) });
    if (!state && c.data === undefined) {
      if (skip > 0) qb.offset(skip);
      if (limit > 0) qb.limit(limit);
      else if (skip > 0) qb.limit(Number.MAX_SAFE_INTEGER); // MySQL has no OFFSET without LIMIT
      const [rows, total] = await qb.getManyAndCount();
      return { jobs: rows.map((r) => withState(toParams(r))), total };
    }
    const all = (await qb.getMany())
      .map(toParams)
      .filter((p) => c.data === undefined || dataMatches(p.data, c.data))
      .map(withState)
      .filter((j) => !state || (state === 'paused' ? j.disabled === true : j.state === state));
    return { jobs: all.slice(skip, limit > 0 ? skip + limit : undefined), total: all.length };
  }

  async getJobsOverview(): Promise<JobsOverview[]> {
    const now = new Date();
    const byName = new Map<string, JobsOverview>();
    for (const row of await this.repo.find({ order: { name: 'ASC', id: 'ASC' } })) {
      const o = byName.get(row.name) ?? { ...EMPTY_OVERVIEW, name: row.name };
      const p = toParams(row);
      o.total++;
      o[computeJobState(p, now)]++;
      if (p.disabled) o.paused++;
      byName.set(row.name, o);
    }
    return [...byName.values()];
  }

  async getDistinctJobNames(): Promise<string[]> {
    const qb = this.repo.createQueryBuilder('j').select('DISTINCT j.name', 'name').orderBy('name');
    const rows: { name: string }[] = await qb.getRawMany();
    return rows.map((r) => r.name);
  }

  async getQueueSize(): Promise<number> {
    return this.repo.createQueryBuilder('j').where('next_run_at < :now', { now: new Date() }).getCount();
  }

  async removeJobs(options: RemoveJobsOptions): Promise<number> {
    const ids = await this.matchingIds(options);
    if (ids === null) return 0;
    let removed = 0;
    for (const chunk of chunks(ids)) removed += (await queuedWrite(this.ds, () => this.repo.delete(chunk))).affected ?? 0;
    return removed;
  }

  async disableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, true);
  }

  async enableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, false);
  }

  async purgeAllJobs(): Promise<number> {
    const res = await queuedWrite(this.ds, () => this.repo.createQueryBuilder().delete().execute());
    return res.affected ?? 0;
  }

  async saveJob<DATA = unknown>(job: JobParameters<DATA>, options: JobRepositoryOptions | undefined) {
    return (await this.save(job as JobParameters, options?.lastModifiedBy)) as JobParameters<DATA>;
  }

  private async save(job: JobParameters, lastModifiedBy: string | undefined): Promise<JobParameters> {
    const { _id, unique, uniqueOpts, ...props } = job;
    const row = toRow(props, lastModifiedBy);
    if (_id !== undefined && _id !== null) {
      const id = parseJobId(_id);
      return (id === null ? null : await this.rows.updateById(id, row, 'name = :name', { name: job.name })) ?? job;
    }
    if (props.type === 'single') return this.rows.saveSingle(row, props.nextRunAt);
    if (unique) return saveUnique(this.rows, job, row, new Date());
    return this.rows.insert(row);
  }

  async saveJobState(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<void> {
    const id = parseJobId(job._id);
    if (id === null) throw new Error('Cannot save job state without job ID');
    const row = toStateRow(job, options?.lastModifiedBy);
    if (!(await this.update(row, 'id = :id AND name = :name', { id, name: job.name }))) {
      throw new Error(`job ${job._id} (name: ${job.name}) cannot be updated in the database, maybe it does not exist anymore?`);
    }
    if (!job.lockedAt) this.held.delete(id);
    else if (this.held.has(id)) this.held.set(id, new Date(job.lockedAt).getTime());
  }

  async lockJob(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<JobParameters | undefined> {
    const id = parseJobId(job._id);
    if (id === null || !this.claiming) return undefined;
    const due = job.nextRunAt ? 'next_run_at = :nextRunAt' : 'next_run_at IS NULL';
    const params = { name: job.name, off: false, nextRunAt: job.nextRunAt ? new Date(job.nextRunAt) : null };
    const condition = `name = :name AND disabled = :off AND locked_at IS NULL AND ${due}`;
    return this.track(this.claim(id, condition, params, new Date(), options));
  }

  async getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    if (!this.claiming) return undefined;
    return this.track(this.claimNext({ name: jobName, off: false, nextScanAt, lockDeadline }, now ?? new Date(), options));
  }

  async unlockJob(job: JobParameters): Promise<void> {
    const id = parseJobId(job._id);
    if (id === null) return;
    // A job whose next_run_at is NULL is a one-off that is running: its lock stays.
    if (await this.update({ lockedAt: null }, 'id = :id AND next_run_at IS NOT NULL', { id })) this.held.delete(id);
  }

  async unlockJobs(jobIds: (JobId | string)[]): Promise<void> {
    const ids = jobIds.map(parseJobId).filter((n): n is number => n !== null);
    for (const chunk of chunks(ids)) await this.update({ lockedAt: null }, 'id IN (:...ids)', { ids: chunk });
    for (const id of ids) this.held.delete(id);
  }

  startClaiming(): void {
    this.claiming = true;
  }

  /**
   * Graceful stop, step 1: claim nothing more, and wait for claims already in flight (so their
   * jobs are in Agenda's queue or in `held` before anyone looks).
   */
  async stopClaiming(): Promise<void> {
    this.claiming = false;
    await Promise.allSettled([...this.claims]);
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Graceful stop, last step: unlock jobs we still hold, only where the lock is still the one we wrote. */
  async releaseHeldLocks(): Promise<number> {
    let released = 0;
    for (const [id, lockedAtMs] of this.held) {
      const mine = new Date(lockedAtMs);
      if (await this.update({ lockedAt: null }, 'id = :id AND locked_at = :mine', { id, mine })) released++;
    }
    this.held.clear();
    return released;
  }

  private async claimNext(params: ObjectLiteral, lockTime: Date, options: JobRepositoryOptions | undefined) {
    const candidates: { id: number | string }[] = await this.repo
      .createQueryBuilder('j')
      .select('j.id', 'id')
      .where(CLAIMABLE, params)
      .orderBy('j.nextRunAt', 'ASC')
      .addOrderBy('j.priority', 'DESC')
      .addOrderBy('j.id', 'ASC')
      .limit(CANDIDATES)
      .getRawMany();
    for (const { id } of candidates) {
      const job = await this.claim(Number(id), CLAIMABLE, params, lockTime, options);
      if (job) return job;
    }
    return undefined;
  }

  /** The only way a lock is taken: UPDATE … WHERE id = ? AND <still claimable>, then count affected rows. */
  private async claim(id: number, condition: string, params: ObjectLiteral, lockTime: Date, options?: JobRepositoryOptions) {
    const row: Row = { lockedAt: lockTime, lastModifiedBy: options?.lastModifiedBy ?? null };
    if (!(await this.update(row, `id = :id AND ${condition}`, { ...params, id }))) return undefined;
    this.held.set(id, lockTime.getTime());
    const locked = await this.repo.findOneBy({ id });
    return locked ? toParams(locked) : undefined;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.claims.add(p);
    return p.finally(() => this.claims.delete(p));
  }

  private async setDisabled(options: RemoveJobsOptions, disabled: boolean): Promise<number> {
    const ids = await this.matchingIds(options);
    if (ids === null) return 0;
    let changed = 0;
    for (const chunk of chunks(ids)) {
      const qb = this.repo.createQueryBuilder().update().set({ disabled });
      const res = await queuedWrite(this.ds, () => qb.where('id IN (:...ids) AND disabled = :was', { ids: chunk, was: !disabled }).execute());
      changed += res.affected ?? 0;
    }
    return changed;
  }

  /** Ids matching Agenda's remove/disable filters, in id order; null when no filter was given. */
  private async matchingIds(options: RemoveJobsOptions): Promise<number[] | null> {
    const c: Criteria | null = removeCriteria(options);
    if (!c) return null;
    if (c.none) return [];
    const qb = applyCriteria(this.repo.createQueryBuilder('j'), c).select(['j.id', 'j.data']).orderBy('j.id', 'ASC');
    const rows = await qb.getMany();
    return rows
      .filter((r) => c.data === undefined || dataMatches(r.data === null ? undefined : JSON.parse(r.data), c.data))
      .map((r) => r.id);
  }
}
