import type { RateLimitKey } from './rate-limiter.js';

/** A token bucket: `burst` calls at once, refilled at `perSecond`. */
export interface BucketRule {
  readonly perSecond: number;
  readonly burst: number;
}

/**
 * Buckets by API family. Defaults are half of what AWS publishes where it publishes (EC2 non-mutating
 * actions: bucket 100, refill 20/s) and conservative elsewhere, so a scan never eats the capacity that the
 * scanned accounts' own workloads need.
 */
export interface RateLimitRules {
  /** EC2 per account and region. */
  readonly ec2: BucketRule;
  /** IAM per account (IAM is a global service: one bucket per account). */
  readonly iam: BucketRule;
  /** Organizations, for the whole scanner (its limits are per organization). */
  readonly organizations: BucketRule;
  /** STS AssumeRole, for the whole scanner (AWS's quota is 600 requests per second per account). */
  readonly sts: BucketRule;
  /** Every other service, per account, region and service. */
  readonly other: BucketRule;
}

export const DEFAULT_RATE_LIMIT_RULES: RateLimitRules = {
  ec2: { perSecond: 10, burst: 50 },
  iam: { perSecond: 5, burst: 10 },
  organizations: { perSecond: 5, burst: 20 },
  sts: { perSecond: 100, burst: 200 },
  other: { perSecond: 10, burst: 20 },
};

/** Which bucket a call draws from, and its rule. */
export function bucketFor(
  key: RateLimitKey,
  rules: RateLimitRules,
): { readonly bucket: string; readonly rule: BucketRule } {
  switch (key.service) {
    case 'sts':
      return { bucket: 'sts', rule: rules.sts };
    case 'organizations':
      return { bucket: 'organizations', rule: rules.organizations };
    case 'iam':
      return { bucket: `iam:${key.accountId}`, rule: rules.iam };
    case 'ec2':
      return { bucket: `ec2:${key.accountId}:${key.region}`, rule: rules.ec2 };
    default:
      return { bucket: `${key.service}:${key.accountId}:${key.region}`, rule: rules.other };
  }
}
