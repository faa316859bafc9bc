import { USAGE_UPDATED } from './usage.topics';

/**
 * Subscription contract of live usage (usageUpdated). Payloads are plain JSON (bytes as decimal
 * strings) because with REDIS_URL they cross Redis between API instances.
 */
export type UsageScope = 'USER' | 'AGENT' | 'GLOBAL';

export interface UsageUpdatedPayload {
  scope: UsageScope;
  /** USER events: the user. */
  userId: number | null;
  /** USER events: the owning agent (null for admin-owned users); AGENT events: the agent. */
  agentId: number | null;
  /** USER and GLOBAL: period bytes by direction; AGENT: null. */
  up: string | null;
  down: string | null;
  /** USER and GLOBAL: up + down since the last reset; AGENT: charged bytes. */
  used: string;
  lifetime: string;
  /** ISO-8601 time the totals were read. */
  at: string;
}

/**
 * Events are published on narrow channels so an API instance only receives what its subscribers
 * asked for: `usage.updated:user:<id>`, `usage.updated:agent:<id>`, `usage.updated:admin`.
 */
export type UsageChannel = `user:${number}` | `agent:${number}` | 'admin';

export const usageTopic = (channel: UsageChannel): string => `${USAGE_UPDATED}:${channel}`;
