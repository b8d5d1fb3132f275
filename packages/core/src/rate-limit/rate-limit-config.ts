import type { BucketRule, RateLimitRules } from '@orgscan/aws';
import type { CommonConfig } from '../config/config-schemas.js';

/** "10/50" → 10 calls per second, bursts of 50 (the schema already checked the shape). */
function parseRule(value: string): BucketRule {
  const [perSecond, burst] = value.split('/').map(Number);
  return { perSecond: perSecond ?? 1, burst: Math.max(1, burst ?? 1) };
}

export function rateLimitRules(config: CommonConfig): RateLimitRules {
  return {
    ec2: parseRule(config.RATE_LIMIT_EC2),
    iam: parseRule(config.RATE_LIMIT_IAM),
    organizations: parseRule(config.RATE_LIMIT_ORGANIZATIONS),
    sts: parseRule(config.RATE_LIMIT_STS),
    other: parseRule(config.RATE_LIMIT_OTHER),
  };
}
