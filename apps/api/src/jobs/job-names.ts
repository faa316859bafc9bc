/** Every job the product runs, by name. Definitions live in definitions/<name>.job.ts. */
export const JobName = {
  EXPIRE_USERS: 'users.expire',
  CLEANUP_SAMPLES: 'usage.cleanup-samples',
  ROLLUP_USAGE: 'usage.rollup',
  CHECK_AGENTS: 'limits.check-agents',
  DELIVER_ALERT: 'alerts.deliver',
  RUN_DUE_RESETS: 'resets.run-due',
  POLL_ROUTERS: 'bandwidth.poll-routers',
  POLL_CONNECTORS: 'connectors.poll',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];
