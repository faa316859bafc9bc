import type { Container } from '../../app/container';
import { systemActor } from '../../platform/auth/actor';
import { JobName } from '../job-names';

/** Deletes raw samples older than the retention setting (rollups and counters stay). */
export const cleanupSamplesJob = {
  name: JobName.CLEANUP_SAMPLES,
  handler: (c: Container) => async () => {
    const { deleted, before } = await c.services.usageRetention.cleanup(systemActor(JobName.CLEANUP_SAMPLES), new Date());
    if (deleted) c.logger.info({ job: JobName.CLEANUP_SAMPLES, deleted, before }, 'old samples deleted');
  },
};
