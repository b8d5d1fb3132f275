import type { RedisClient } from './redis-connection.js';

/**
 * Takes a slot if fewer than `limit` are held (expired leases do not count) or the holder already has one.
 * A lease expires on its own if its worker dies, so a crash never shrinks the cap for long.
 */
const TAKE_SLOT = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local limit = tonumber(ARGV[1])
local expires = now + tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[2]) or redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], expires, ARGV[2])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  return 1
end
return 0
`;

interface SlotCommands {
  orgscanTakeSlot(key: string, limit: number, holder: string, leaseMs: number): Promise<number>;
}

export interface AccountSlotsOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  /** Accounts of one organization scanned at once, across every worker. */
  readonly limit: number;
  /** A lease outlives the longest account scan; it is released explicitly when the job ends. */
  readonly leaseMs: number;
}

/** The per-organization cap on accounts scanned at the same time, shared by all workers through Redis. */
export class AccountSlots {
  private readonly redis: RedisClient & SlotCommands;

  constructor(private readonly options: AccountSlotsOptions) {
    options.redis.defineCommand('orgscanTakeSlot', { numberOfKeys: 1, lua: TAKE_SLOT });
    this.redis = options.redis as RedisClient & SlotCommands;
  }

  async tryTake(organizationId: string, holder: string): Promise<boolean> {
    const taken = await this.redis.orgscanTakeSlot(
      this.key(organizationId),
      this.options.limit,
      holder,
      this.options.leaseMs,
    );
    return taken === 1;
  }

  async release(organizationId: string, holder: string): Promise<void> {
    await this.redis.zrem(this.key(organizationId), holder);
  }

  private key(organizationId: string): string {
    return `${this.options.prefix}:org-slots:${organizationId}`;
  }
}
