import type { Container } from '../../app/container';
import { JobName } from '../job-names';

/**
 * Every CONNECTOR_TICK: each panel whose own poll interval has come (and whose backoff has passed) is
 * read, its usage counted exactly once, and made to match our decisions.
 */
export const pollConnectorsJob = {
  name: JobName.POLL_CONNECTORS,
  handler: (c: Container) => async () => {
    const outcomes = await c.services.connectorSync.tick();
    for (const o of outcomes) {
      c.metrics.connectorPolls.inc({ outcome: o.ok ? 'ok' : 'failed' });
      if (o.ok && o.up + o.down > 0n) c.metrics.connectorBytes.inc(Number(o.up + o.down));
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed) c.logger.warn({ job: JobName.POLL_CONNECTORS, connectors: outcomes.length, failed }, 'connector poll: some panels failed');
  },
};
