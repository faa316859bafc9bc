import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/**
 * Every ROUTER_POLL_INTERVAL: each reachable router's sessions become usage samples and its queues are
 * made to match the database. Routers in backoff wait for their next attempt.
 */
export const pollRoutersJob = {
  name: JobName.POLL_ROUTERS,
  handler: (c: Container) => async () => {
    const outcomes = await c.services.routerSync.tick();
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed) c.logger.warn({ job: JobName.POLL_ROUTERS, routers: outcomes.length, failed }, 'router poll: some routers unreachable');
  },
};
