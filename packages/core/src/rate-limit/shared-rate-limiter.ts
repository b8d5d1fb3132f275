import type { Redis } from 'ioredis';
import type { CommonConfig } from '../config/config-schemas.js';
import type { Logger } from '../logging/logger.js';
import { createRedisConnection } from '../queue/redis-connection.js';
import { rateLimitRules } from './rate-limit-config.js';
import { RedisRateLimiter } from './redis-rate-limiter.js';

/** The configured Redis rate limiter of a process, with the connection it owns. */
export function createSharedRateLimiter(
  config: CommonConfig,
  logger: Logger,
  sleep: (ms: number) => Promise<void>,
): { limiter: RedisRateLimiter; connection: Redis } {
  const connection = createRedisConnection(config.REDIS_URL, 'limiter');
  connection.on('error', () => {});
  let warned = 0;
  const limiter = new RedisRateLimiter({
    redis: connection,
    prefix: config.QUEUE_PREFIX,
    rules: rateLimitRules(config),
    sleep,
    onUnavailable: (error) => {
      // One line per minute is enough to say the safety net is down.
      if (Date.now() - warned > 60_000) {
        warned = Date.now();
        logger.warn({ err: error.message }, 'rate limiter unavailable: AWS calls proceed unlimited');
      }
    },
  });
  return { limiter, connection };
}
