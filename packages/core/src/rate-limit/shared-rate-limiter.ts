import type { CommonConfig } from '../config/config-schemas.js';
import type { Logger } from '../logging/logger.js';
import type { RedisClient } from '../queue/redis-connection.js';
import { redisKeyPrefix } from '../queue/redis-key-prefix.js';
import { rateLimitRules } from './rate-limit-config.js';
import { RedisRateLimiter } from './redis-rate-limiter.js';

export interface SharedRateLimiterDeps {
  /** A 'limiter' connection (createRedisConnection), owned and closed by the caller. */
  readonly redis: RedisClient;
  readonly logger: Logger;
  readonly sleep: (ms: number) => Promise<void>;
}

/** The configured Redis rate limiter of a process (the RATE_LIMIT_* buckets, shared by every process). */
export function createSharedRateLimiter(config: CommonConfig, deps: SharedRateLimiterDeps): RedisRateLimiter {
  let warned = 0;
  return new RedisRateLimiter({
    redis: deps.redis,
    prefix: redisKeyPrefix(config),
    rules: rateLimitRules(config),
    sleep: deps.sleep,
    onUnavailable: (error) => {
      // One line per minute is enough to say the safety net is down.
      if (Date.now() - warned > 60_000) {
        warned = Date.now();
        deps.logger.warn({ err: error.message }, 'rate limiter unavailable: AWS calls proceed unlimited');
      }
    },
  });
}
