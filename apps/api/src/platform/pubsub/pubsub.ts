import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';

/** Topic name → payload. Each module declares its own topics in <domain>.topics.ts and merges them here. */
export type Topics = Record<string, [unknown]>;

export type PubSub = ReturnType<typeof createPubSub<Topics>>;

export interface PubSubHandle {
  pubsub: PubSub;
  kind: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * In-process by default; with REDIS_URL, events fan out through Redis so a subscriber on one API
 * instance hears what another published. Payloads must be plain JSON (bytes as strings).
 */
export function createPubSubHandle(redisUrl?: string): PubSubHandle {
  if (!redisUrl) return { pubsub: createPubSub<Topics>(), kind: 'memory', close: async () => undefined };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Topics>({ eventTarget }),
    kind: 'redis',
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
