import { isDeepStrictEqual } from 'node:util';
import type { JobId, JobParameters } from 'agenda';
import type { AgendaJobEntity } from './agenda-job.entity';

/** Agenda's ids are strings; ours are auto-increment integers. Anything else names no job. */
export function parseJobId(id: unknown): number | null {
  const s = String(id);
  return /^[1-9]\d{0,14}$/.test(s) ? Number(s) : null;
}

export const toJobId = (id: number) => String(id) as JobId;

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** A stored row as Agenda's JobParameters (absent fields are undefined, as Agenda expects). */
export function toParams(row: AgendaJobEntity): JobParameters {
  return {
    _id: toJobId(row.id),
    name: row.name,
    priority: row.priority,
    nextRunAt: row.nextRunAt,
    type: row.type === 'single' ? 'single' : 'normal',
    data: row.data === null ? undefined : JSON.parse(row.data),
    lockedAt: orUndefined(row.lockedAt),
    lastRunAt: orUndefined(row.lastRunAt),
    lastFinishedAt: orUndefined(row.lastFinishedAt),
    failedAt: orUndefined(row.failedAt),
    failCount: orUndefined(row.failCount),
    failReason: orUndefined(row.failReason),
    repeatInterval: orUndefined(row.repeatInterval),
    repeatTimezone: orUndefined(row.repeatTimezone),
    repeatAt: orUndefined(row.repeatAt),
    disabled: row.disabled,
    progress: orUndefined(row.progress),
    lastModifiedBy: orUndefined(row.lastModifiedBy),
    debounceStartedAt: orUndefined(row.debounceStartedAt),
    startDate: orUndefined(row.startDate),
    endDate: orUndefined(row.endDate),
    skipDays: row.skipDays === null ? undefined : JSON.parse(row.skipDays),
  };
}

export type Row = Partial<Omit<AgendaJobEntity, 'id'>>;
const date = (v: Date | string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

/**
 * The columns a save writes: only fields the caller set. Agenda's Job.save() leaves out the fields the
 * processor owns (lockedAt, lastRunAt, failCount…), so re-running `every` at boot never clears a lock
 * another process holds.
 */
export function toRow(job: Omit<JobParameters, '_id'>, lastModifiedBy: string | undefined): Row {
  const row: Row = {
    name: job.name,
    priority: job.priority ?? 0,
    type: job.type,
    singleKey: job.type === 'single' ? job.name : null,
    nextRunAt: date(job.nextRunAt),
    data: job.data === undefined ? null : JSON.stringify(job.data),
    lockedAt: date(job.lockedAt),
    lastRunAt: date(job.lastRunAt),
    lastFinishedAt: date(job.lastFinishedAt),
    failedAt: date(job.failedAt),
    failCount: job.failCount,
    failReason: job.failReason,
    repeatInterval: job.repeatInterval === undefined ? undefined : String(job.repeatInterval),
    repeatTimezone: job.repeatTimezone,
    repeatAt: job.repeatAt,
    disabled: job.disabled,
    progress: job.progress === undefined ? undefined : Math.round(job.progress),
    lastModifiedBy: lastModifiedBy ?? null,
    debounceStartedAt: date(job.debounceStartedAt),
    startDate: date(job.startDate),
    endDate: date(job.endDate),
    skipDays: job.skipDays === undefined ? undefined : JSON.stringify(job.skipDays),
  };
  for (const key of Object.keys(row) as (keyof Row)[]) if (row[key] === undefined) delete row[key];
  return row;
}

/** The processor-managed columns saveJobState writes, undefined meaning "cleared". */
export function toStateRow(job: JobParameters, lastModifiedBy: string | undefined): Row {
  return {
    lockedAt: date(job.lockedAt) ?? null,
    nextRunAt: date(job.nextRunAt) ?? null,
    lastRunAt: date(job.lastRunAt) ?? null,
    lastFinishedAt: date(job.lastFinishedAt) ?? null,
    failedAt: date(job.failedAt) ?? null,
    failCount: job.failCount ?? null,
    failReason: job.failReason ?? null,
    progress: job.progress === undefined ? null : Math.round(job.progress),
    lastModifiedBy: lastModifiedBy ?? null,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Partial match on job data, as the Mongo backend does: nested objects match field by field. */
export function dataMatches(data: unknown, filter: unknown): boolean {
  if (!isPlainObject(filter)) return isDeepStrictEqual(data, filter);
  if (!isPlainObject(data)) return false;
  return Object.entries(filter).every(([k, v]) =>
    isPlainObject(v) ? dataMatches(data[k], v) : isDeepStrictEqual(data[k], v),
  );
}

/** Reads a dotted path ('data.userId') from a job. */
export function valueAt(job: JobParameters, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (isPlainObject(o) ? o[k] : undefined), job);
}
