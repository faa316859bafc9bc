import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/**
 * Every ROUTER_POLL_INTERVAL: each reachable router's sessions become usage samples and its queues are
 * made to match the database. Routers in backoff wait for their next attempt.
 */
export const pollRoutersJob = {
  name: JobName.POLL_ROUTERS,
  handler: (c: Container) => async () => {
    const end = c.metrics.routerPollDuration.startTimer();
    const outcomes = await c.services.routerSync.tick();
    end();
    const failed = outcomes.filter((o) => !o.ok).length;
    if (outcomes.length > failed) c.metrics.routerPolls.inc({ outcome: 'ok' }, outcomes.length - failed);
    if (failed) c.metrics.routerPolls.inc({ outcome: 'failed' }, failed);
    if (failed) c.logger.warn({ job: JobName.POLL_ROUTERS, routers: outcomes.length, failed }, 'router poll: some routers unreachable');
  },
};
