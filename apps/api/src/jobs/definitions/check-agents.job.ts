import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/** Seed 000's periodic check: every agent and user brought in line with the limits, set-based, and due alerts raised. */
export const checkAgentsJob = {
  name: JobName.CHECK_AGENTS,
  handler: (c: Container) => async () => {
    const started = Date.now();
    const { changes, alerts } = await c.services.enforcement.check({ kind: 'all' }, new Date());
    c.logger.info({ job: JobName.CHECK_AGENTS, changed: changes.length, alerts, ms: Date.now() - started }, 'agents checked');
  },
};
