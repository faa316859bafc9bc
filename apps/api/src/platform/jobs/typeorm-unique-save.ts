import type { JobParameters } from 'agenda';
import { type Row, toParams, valueAt } from './typeorm-job-mapping';
import type { AgendaJobEntity } from './agenda-job.entity';

/** What the unique-save needs from the repository. */
export interface UniqueStore {
  findByName(name: string): Promise<AgendaJobEntity[]>;
  updateById(id: number, row: Row): Promise<JobParameters | null>;
  insert(row: Row): Promise<JobParameters>;
}

/**
 * Agenda's `job.unique({ 'data.key': v })` (with optional insertOnly / debounce): upsert on the
 * matching job. The match is done in JavaScript (the unique keys are dotted paths into the job),
 * so two processes racing to create the same unique job may both insert; nothing in this app
 * calls unique() today. Single jobs (`every`) use a real unique index instead.
 */
export async function saveUnique(
  store: UniqueStore,
  job: Omit<JobParameters, '_id'>,
  row: Row,
  now: Date,
): Promise<JobParameters> {
  const unique = job.unique ?? {};
  const candidates = await store.findByName(job.name);
  const existing = candidates
    .map(toParams)
    .find((c) => Object.entries(unique).every(([path, v]) => path === 'name' || sameValue(valueAt(c, path), v)));
  const debounce = job.uniqueOpts?.debounce;

  if (!existing) {
    if (debounce) {
      row.debounceStartedAt = now;
      if (debounce.strategy !== 'leading') row.nextRunAt = new Date(now.getTime() + debounce.delay);
    }
    return store.insert(row);
  }
  const id = Number(existing._id);
  if (job.uniqueOpts?.insertOnly && !debounce) return existing;
  if (debounce) {
    const started = existing.debounceStartedAt ?? now;
    if (debounce.strategy === 'leading') {
      row.nextRunAt = existing.nextRunAt;
      row.debounceStartedAt = started;
    } else if (debounce.maxWait && now.getTime() - started.getTime() >= debounce.maxWait) {
      row.nextRunAt = now;
      row.debounceStartedAt = null;
    } else {
      row.nextRunAt = new Date(now.getTime() + debounce.delay);
      row.debounceStartedAt = started;
    }
  }
  return (await store.updateById(id, row)) ?? existing;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return new Date(a as Date).getTime() === new Date(b as Date).getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
