import type { Container } from '../app/container';
import { expireUsersJob } from './definitions/expire-users.job';
import { cleanupSamplesJob } from './definitions/cleanup-samples.job';
import { rollupUsageJob } from './definitions/rollup-usage.job';
import { SCHEDULE } from './schedule';

const DEFINITIONS = [expireUsersJob, cleanupSamplesJob, rollupUsageJob];

/** Defines every job on the runner and schedules the periodic ones. */
export async function registerJobs(c: Container): Promise<void> {
  for (const def of DEFINITIONS) c.jobs.define(def.name, def.handler(c));
  for (const { name, every } of SCHEDULE) await c.jobs.every(every, name);
}
