import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the client may try again (when refused). */
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * Separate budgets per kind of request, sized from a real map session (20 s of panning and
 * zooming: ~150 requests, 138 of them tiles): GraphQL and the other data routes, tiles, and
 * static assets (map page, explorer files).
 */
export type RateBucket = 'api' | 'tiles' | 'assets';

export interface RateLimiter {
  consume(clientKey: string, bucket?: RateBucket): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/**
 * Requests per minute per client. In memory for one process; in Redis when `redisUrl` is given,
 * so several API processes share one budget per client (falling back to memory while Redis is
 * unreachable rather than refusing everyone).
 */
export function createRateLimiter(options: {
  perMinute: number;
  /** Tile budget per minute; default: the same as perMinute. 0: tiles are not limited. */
  tilesPerMinute?: number;
  /** Static asset budget per minute; default: the same as perMinute. 0: not limited. */
  assetsPerMinute?: number;
  redisUrl?: string;
}): RateLimiter {
  let redis: Redis | undefined;
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
  }
  const make = (points: number, prefix: string) => {
    if (points <= 0) return null;
    const memory = new RateLimiterMemory({ points, duration: 60 });
    if (!redis) return memory;
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: prefix,
      points,
      duration: 60,
      insuranceLimiter: memory,
    });
  };
  const limiters: Record<RateBucket, RateLimiterMemory | RateLimiterRedis | null> = {
    api: make(options.perMinute, 'petagizi:rl'),
    tiles: make(options.tilesPerMinute ?? options.perMinute, 'petagizi:rl:tiles'),
    assets: make(options.assetsPerMinute ?? options.perMinute, 'petagizi:rl:assets'),
  };
  return {
    async consume(clientKey, bucket = 'api') {
      const limiter = limiters[bucket];
      if (!limiter) return { allowed: true, retryAfterSeconds: 0, remaining: Infinity };
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
