import { type BucketRule, bucketFor, type RateLimitRules } from '../rate-limit-rules.js';
import type { RateLimitKey } from '../rate-limiter.js';

/**
 * AWS-like buckets for the simulated AWS: AWS's published buckets where AWS publishes them (EC2
 * non-mutating actions 100/20 per second, STS 600 per second), elsewhere twice orgscan's default limits.
 * A call beyond them is answered with the throttling error.
 */
export const SIMULATED_AWS_LIMITS: RateLimitRules = {
  ec2: { perSecond: 20, burst: 100 },
  iam: { perSecond: 10, burst: 20 },
  organizations: { perSecond: 10, burst: 40 },
  // STS: AWS's published default quota for AssumeRole.
  sts: { perSecond: 600, burst: 600 },
  other: { perSecond: 20, burst: 40 },
};

/** In-memory token buckets (one simulated AWS per process, as one AWS per account). */
export class SimulatedRateLimits {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly rules: RateLimitRules) {}

  /** Takes a token; false when the bucket is empty (the call is throttled and takes nothing). */
  tryTake(key: RateLimitKey, nowMs: number): boolean {
    const { bucket, rule } = bucketFor(key, this.rules);
    const state = this.buckets.get(bucket) ?? { tokens: rule.burst, at: nowMs };
    const tokens = refill(state, rule, nowMs);
    if (tokens < 1) {
      this.buckets.set(bucket, { tokens, at: nowMs });
      return false;
    }
    this.buckets.set(bucket, { tokens: tokens - 1, at: nowMs });
    return true;
  }
}

function refill(state: { tokens: number; at: number }, rule: BucketRule, nowMs: number): number {
  return Math.min(rule.burst, state.tokens + ((nowMs - state.at) * rule.perSecond) / 1000);
}
