import { exponential } from 'agenda';
import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/** Outgoing alert webhook: one POST per alert, retried with exponential backoff, marked FAILED after the last try. */
export const deliverAlertJob = {
  name: JobName.DELIVER_ALERT,
  handler:
    (c: Container) =>
    async (data: { alertId: number }, run: { attempt: number }) => {
      await c.services.alerts.deliver(data.alertId, run.attempt, c.config.ALERT_WEBHOOK_ATTEMPTS);
    },
  options: (c: Container) => ({
    concurrency: 4,
    backoff: exponential({ delay: c.config.ALERT_WEBHOOK_RETRY_MS, factor: 2, maxRetries: c.config.ALERT_WEBHOOK_ATTEMPTS - 1 }),
  }),
};
