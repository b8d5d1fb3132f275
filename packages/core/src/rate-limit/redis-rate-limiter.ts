import { bucketFor, type RateLimiter, type RateLimitKey, type RateLimitRules } from '@orgscan/aws';
import type { RedisClient } from '../queue/redis-connection.js';

/**
 * Takes one token and answers how long the caller must wait for it (0: now). Tokens may go negative: each
 * caller reserves its place in the queue in one round trip and sleeps exactly its share, so waiters are
 * served in arrival order without polling. Redis' clock is used so several hosts agree on time.
 */
const TAKE_TOKEN = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
tokens = math.min(burst, tokens + (now - at) * per_ms) - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / per_ms) + 60000)
if tokens >= 0 then
  return 0
end
return math.ceil(-tokens / per_ms)
`;

interface TokenCommands {
  orgscanTakeToken(key: string, burst: number, perSecond: number): Promise<number>;
}

export interface RedisRateLimiterOptions {
  readonly redis: RedisClient;
  /** Key prefix (the queue prefix), so several deployments can share a Redis. */
  readonly prefix: string;
  readonly rules: RateLimitRules;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told when Redis could not be asked; the call then proceeds (AWS throttling is still retried). */
  readonly onUnavailable?: (error: Error) => void;
}

/**
 * Token buckets per (account, region, API family) shared by every worker and api process through Redis.
 * If Redis cannot be asked, the call proceeds rather than blocking the scan: AWS's own throttling answer
 * is retried with backoff anyway, and a scan must not stall on its safety net.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: RedisClient & TokenCommands;

  constructor(private readonly options: RedisRateLimiterOptions) {
    options.redis.defineCommand('orgscanTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
    this.redis = options.redis as RedisClient & TokenCommands;
  }

  async acquire(key: RateLimitKey): Promise<{ waitedMs: number }> {
    const { bucket, rule } = bucketFor(key, this.options.rules);
    let waitMs: number;
    try {
      waitMs = await this.redis.orgscanTakeToken(
        `${this.options.prefix}:ratelimit:${bucket}`,
        rule.burst,
        rule.perSecond,
      );
    } catch (error) {
      this.options.onUnavailable?.(error as Error);
      return { waitedMs: 0 };
    }
    if (waitMs > 0) await this.options.sleep(waitMs);
    return { waitedMs: waitMs };
  }
}
