export { isUniqueViolation } from '../validation';
import type { JobsQueryOptions, JobsSort, RemoveJobsOptions } from 'agenda';
import type { ObjectLiteral, WhereExpressionBuilder } from 'typeorm';
import { parseJobId } from './typeorm-job-mapping';

/**
 * Agenda's database-agnostic filters as SQL conditions. `data` filters (partial JSON matches) are
 * applied in JavaScript by the caller, since SQLite and MariaDB spell JSON paths differently.
 */
export interface Criteria {
  where: string[];
  params: ObjectLiteral;
  data?: unknown;
  /** An id that can't exist was asked for: match nothing. */
  none?: boolean;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function idCriteria(c: Criteria, id: unknown, ids: unknown): void {
  if (id !== undefined && id !== null && id !== '') {
    const n = parseJobId(id);
    if (n === null) c.none = true;
    c.where.push('id = :id');
    c.params.id = n ?? 0;
  } else if (Array.isArray(ids) && ids.length > 0) {
    const valid = ids.map(parseJobId).filter((n): n is number => n !== null);
    if (valid.length === 0) c.none = true;
    c.where.push('id IN (:...ids)');
    c.params.ids = valid.length ? valid : [0];
  }
}

function nameCriteria(c: Criteria, o: { name?: unknown; names?: unknown; notNames?: unknown }): void {
  if (typeof o.name === 'string' && o.name) {
    c.where.push('name = :name');
    c.params.name = o.name;
  } else if (strings(o.names).length > 0) {
    c.where.push('name IN (:...names)');
    c.params.names = strings(o.names);
  } else if (strings(o.notNames).length > 0) {
    c.where.push('name NOT IN (:...notNames)');
    c.params.notNames = strings(o.notNames);
  }
}

/** Criteria for removeJobs / disableJobs / enableJobs; null when nothing was asked for (touch nothing). */
export function removeCriteria(o: RemoveJobsOptions): Criteria | null {
  const c: Criteria = { where: [], params: {} };
  idCriteria(c, o.id, o.ids);
  nameCriteria(c, o);
  if (o.data !== undefined) c.data = o.data;
  return c.where.length === 0 && c.data === undefined ? null : c;
}

/** Criteria for queryJobs (everything but the computed `state`). */
export function queryCriteria(o: JobsQueryOptions): Criteria {
  const c: Criteria = { where: [], params: {} };
  idCriteria(c, o.id, o.ids);
  nameCriteria(c, o);
  if (typeof o.search === 'string' && o.search.length > 0) {
    c.where.push(`name LIKE :search ESCAPE '!'`);
    c.params.search = `%${o.search.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
  }
  if (o.includeDisabled === false) {
    c.where.push('disabled = :enabled');
    c.params.enabled = false;
  }
  if (o.data !== undefined) c.data = o.data;
  return c;
}

export function applyCriteria<Q extends WhereExpressionBuilder>(qb: Q, c: Criteria): Q {
  qb.where('1 = 1');
  for (const w of c.where) qb.andWhere(w, c.params);
  return qb;
}

const SORTABLE = new Set<keyof JobsSort>(['nextRunAt', 'lastRunAt', 'lastFinishedAt', 'priority', 'name', 'data']);

/** ORDER BY (entity property, direction); by default the most recently scheduled first, as the Mongo backend does. */
export function sortColumns(sort: JobsSort | undefined): [string, 'ASC' | 'DESC'][] {
  const order: [string, 'ASC' | 'DESC'][] = [];
  for (const [key, dir] of Object.entries(sort ?? {}) as [keyof JobsSort, string][]) {
    if (SORTABLE.has(key)) order.push([key, dir === 'asc' ? 'ASC' : 'DESC']);
  }
  if (order.length === 0) order.push(['nextRunAt', 'DESC'], ['lastRunAt', 'DESC']);
  order.push(['id', 'ASC']);
  return order;
}

/** Writes in chunks, so an IN list stays a reasonable size. */
export function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
