import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the client may try again (when refused). */
  retryAfterSeconds: number;
  remaining: number;
}

export interface RateLimiter {
  consume(clientKey: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/**
 * Requests per minute per client. In memory for one process; in Redis when `redisUrl` is given,
 * so several API processes share one budget per client (falling back to memory while Redis is
 * unreachable rather than refusing everyone).
 */
export function createRateLimiter(options: { perMinute: number; redisUrl?: string }): RateLimiter {
  const memory = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  let redis: Redis | undefined;
  let limiter: RateLimiterMemory | RateLimiterRedis = memory;
  if (options.redisUrl) {
    // Commands wait for the connection briefly; if Redis stays away they fail fast and the
    // in-memory insurance limiter answers instead.
    redis = new Redis(options.redisUrl, {
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
    });
    redis.on('error', () => {
      // Reported through the insurance limiter taking over; avoid an unhandled 'error' event.
    });
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'petagizi:rl',
      points: options.perMinute,
      duration: 60,
      insuranceLimiter: memory,
    });
  }
  return {
    async consume(clientKey) {
      try {
        const result = await limiter.consume(clientKey);
        return { allowed: true, retryAfterSeconds: 0, remaining: result.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
            remaining: 0,
          };
        }
        throw error;
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
