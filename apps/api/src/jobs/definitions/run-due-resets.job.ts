import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/**
 * Every minute: the billing cycles and reset schedules that are due. One job for all of them; each
 * reset claims its due time in its own transaction, so overlapping runs or instances never repeat one.
 */
export const runDueResetsJob = {
  name: JobName.RUN_DUE_RESETS,
  handler: (c: Container) => async () => {
    const now = new Date();
    const cycles = await c.services.resetCycles.runDue(now);
    const schedules = await c.services.resetSchedules.runDue(now);
    if (cycles.users || cycles.agents || cycles.failed || schedules) c.logger.info({ job: JobName.RUN_DUE_RESETS, ...cycles, schedules }, 'due resets run');
  },
};
