import type { Container } from '../app/container';
import { expireUsersJob } from './definitions/expire-users.job';
import { cleanupSamplesJob } from './definitions/cleanup-samples.job';
import { rollupUsageJob } from './definitions/rollup-usage.job';
import { checkAgentsJob } from './definitions/check-agents.job';
import { deliverAlertJob } from './definitions/deliver-alert.job';
import { runDueResetsJob } from './definitions/run-due-resets.job';
import { pollRoutersJob } from './definitions/poll-routers.job';
import { pollConnectorsJob } from './definitions/poll-connectors.job';
import { schedule } from './schedule';
import { JobName } from './job-names';

const DEFINITIONS = [expireUsersJob, cleanupSamplesJob, rollupUsageJob, checkAgentsJob, runDueResetsJob, pollRoutersJob, pollConnectorsJob];

/** Defines every job on the runner and schedules the periodic ones. */
export async function registerJobs(c: Container): Promise<void> {
  for (const def of DEFINITIONS) c.jobs.define(def.name, def.handler(c));
  c.jobs.define(deliverAlertJob.name, deliverAlertJob.handler(c), deliverAlertJob.options(c));
  for (const { name, every } of schedule(await c.services.settings.get(), c.config.ROUTER_POLL_INTERVAL, c.config.CONNECTOR_TICK)) await c.jobs.every(every, name);
  rescheduleOnSettings(c);
}

/** When an admin changes the enforcement interval, the one stored job is rescheduled (every instance reads it). */
function rescheduleOnSettings(c: Container): void {
  c.services.settings.onChange(async (next, changed) => {
    if (!changed.includes('enforcementIntervalMinutes')) return;
    const entry = schedule(next, c.config.ROUTER_POLL_INTERVAL, c.config.CONNECTOR_TICK).find((e) => e.name === JobName.CHECK_AGENTS)!;
    await c.jobs.reschedule(entry.every, entry.name);
  });
}
