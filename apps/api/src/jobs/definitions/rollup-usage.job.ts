import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/** Folds committed ingest batches into the hourly rollups (readers fold too; this keeps the backlog short). */
export const rollupUsageJob = {
  name: JobName.ROLLUP_USAGE,
  handler: (c: Container) => async () => {
    const { batches, samples } = await c.services.usageRollup.rollUp(new Date());
    if (batches) c.logger.debug({ job: JobName.ROLLUP_USAGE, batches, samples }, 'usage rolled up');
  },
};
