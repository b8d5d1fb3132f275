import { bucketFor, type RateLimiter, type RateLimitKey, type RateLimitRules } from '@orgscan/aws';

interface BucketState {
  tokens: number;
  at: number;
}

export interface InProcessRateLimiterOptions {
  readonly rules: RateLimitRules;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Buckets are forgotten once full again; checked every this many acquisitions. */
const PRUNE_EVERY = 10_000;

/**
 * The service's token buckets (same rules, same families: per account and region for EC2, per account for
 * IAM, scanner-wide for STS and Organizations…) kept in this process, for a scan that runs in one process.
 * Like the Redis limiter, tokens may go negative: each caller reserves its place at once and sleeps exactly
 * its share, so waiters are served in arrival order without polling.
 */
export class InProcessRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  private acquisitions = 0;

  constructor(private readonly options: InProcessRateLimiterOptions) {}

  async acquire(key: RateLimitKey): Promise<{ waitedMs: number }> {
    const { bucket, rule } = bucketFor(key, this.options.rules);
    const now = this.options.now();
    const state = this.buckets.get(bucket);
    const available = state
      ? Math.min(rule.burst, state.tokens + ((now - state.at) * rule.perSecond) / 1000)
      : rule.burst;
    const tokens = available - 1;
    this.buckets.set(bucket, { tokens, at: now });
    this.acquisitions += 1;
    if (this.acquisitions % PRUNE_EVERY === 0) this.pruneFull(now);
    if (tokens >= 0) return { waitedMs: 0 };
    const waitMs = Math.ceil((-tokens / rule.perSecond) * 1000);
    await this.options.sleep(waitMs);
    return { waitedMs: waitMs };
  }

  /** Buckets that have refilled completely hold nothing a fresh bucket would not: drop them. */
  private pruneFull(now: number): void {
    for (const [bucket, state] of this.buckets) {
      const { rule } = bucketFor(bucketKeyOf(bucket), this.options.rules);
      if (state.tokens + ((now - state.at) * rule.perSecond) / 1000 >= rule.burst)
        this.buckets.delete(bucket);
    }
  }

  /** Buckets currently remembered (full ones are forgotten from time to time). */
  get size(): number {
    return this.buckets.size;
  }
}

/** The rule of a bucket from its name (`ec2:<account>:<region>`, `iam:<account>`, `sts`, …). */
function bucketKeyOf(bucket: string): RateLimitKey {
  const [service = '', accountId = '', region = ''] = bucket.split(':');
  return { service: service as RateLimitKey['service'], accountId, region, operation: '' };
}
