export { UsageIngestService, type IngestResult } from './usage-ingest.service';
export { UsageResolver } from './usage.resolver';
export { trafficWebhook } from './usage.webhook';
export type { UsageListener, BatchCommitted } from './usage.topics';
