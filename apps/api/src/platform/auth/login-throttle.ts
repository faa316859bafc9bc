import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';

export interface ThrottleOptions {
  maxFailures: number;
  windowSeconds: number;
  redis?: Redis;
}

/**
 * Counts failed logins per username+address and per address. Shared through Redis when several
 * API instances run, so an attacker can't spread guesses across them.
 */
export class LoginThrottle {
  private readonly perUser: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(opts: ThrottleOptions) {
    const make = (keyPrefix: string, points: number) =>
      opts.redis
        ? new RateLimiterRedis({ storeClient: opts.redis, keyPrefix, points, duration: opts.windowSeconds, blockDuration: opts.windowSeconds })
        : new RateLimiterMemory({ keyPrefix, points, duration: opts.windowSeconds, blockDuration: opts.windowSeconds });
    this.perUser = make('tm-login-user', opts.maxFailures);
    this.perAddress = make('tm-login-addr', opts.maxFailures * 10);
  }

  /** Seconds to wait before another attempt is allowed, or 0. */
  async retryAfter(username: string, address: string): Promise<number> {
    const [u, a] = await Promise.all([this.perUser.get(userKey(username, address)), this.perAddress.get(address)]);
    const blocked = [u, a].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0 && r.msBeforeNext > 0);
    return blocked.length ? Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000) : 0;
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([
      this.perUser.penalty(userKey(username, address), 1).catch(() => undefined),
      this.perAddress.penalty(address, 1).catch(() => undefined),
    ]);
  }

  async recordSuccess(username: string, address: string): Promise<void> {
    await this.perUser.delete(userKey(username, address));
  }
}

const userKey = (username: string, address: string) => `${username.toLowerCase()}|${address}`;
