import { bucketFor, DEFAULT_RATE_LIMIT_RULES, type RateLimitKey } from '@orgscan/aws';
import type { RedisClient } from '@orgscan/core';
import { createRedisConnection, RedisRateLimiter } from '@orgscan/core';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeysWithPrefix, testQueuePrefix, testRedisUrl } from '../support/test-redis.js';

const prefix = testQueuePrefix();
const connections: RedisClient[] = [];
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.quit().catch(() => {})));
  await deleteKeysWithPrefix(prefix);
});

function limiter(rules = { ...DEFAULT_RATE_LIMIT_RULES, ec2: { perSecond: 10, burst: 3 } }) {
  const redis = createRedisConnection(testRedisUrl(), 'worker');
  connections.push(redis);
  const slept: number[] = [];
  return {
    slept,
    limiter: new RedisRateLimiter({
      redis,
      prefix,
      rules,
      sleep: async (ms) => {
        slept.push(ms);
      },
    }),
  };
}

const ec2 = (accountId: string, region = 'eu-west-1'): RateLimitKey => ({
  accountId,
  region,
  service: 'ec2',
  operation: 'DescribeInstances',
});

describe('Redis token buckets', () => {
  it('lets a burst through, then makes each further caller wait its share of the refill', async () => {
    const { limiter: bucket } = limiter();
    const waits = await Promise.all(Array.from({ length: 5 }, () => bucket.acquire(ec2('111111111111'))));
    const sorted = waits.map((wait) => wait.waitedMs).sort((a, b) => a - b);
    expect(sorted.slice(0, 3)).toEqual([0, 0, 0]);
    // 10 tokens/s: the 4th waits about 100 ms, the 5th about 200 ms.
    expect(sorted[3]).toBeGreaterThan(50);
    expect(sorted[3]).toBeLessThanOrEqual(100);
    expect(sorted[4]).toBeGreaterThan(150);
    expect(sorted[4]).toBeLessThanOrEqual(200);
  });

  it('is shared by every process: two limiters draw from the same bucket', async () => {
    const first = limiter();
    const second = limiter();
    const account = '222222222222';
    await Promise.all([first.limiter.acquire(ec2(account)), first.limiter.acquire(ec2(account))]);
    const [third, fourth] = await Promise.all([
      second.limiter.acquire(ec2(account)),
      second.limiter.acquire(ec2(account)),
    ]);
    expect([third?.waitedMs, fourth?.waitedMs].filter((ms) => (ms ?? 0) > 0)).toHaveLength(1);
  });

  it('keeps accounts, regions and families apart', async () => {
    const { limiter: bucket } = limiter();
    const keys = [
      ec2('333333333333', 'us-east-1'),
      ec2('333333333333', 'eu-west-1'),
      ec2('444444444444', 'us-east-1'),
    ];
    for (const key of keys) {
      for (let call = 0; call < 3; call += 1) expect((await bucket.acquire(key)).waitedMs).toBe(0);
    }
  });

  it('lets calls through when Redis cannot be asked, and says so', async () => {
    const redis = createRedisConnection('redis://127.0.0.1:1', 'producer');
    redis.on('error', () => {});
    connections.push(redis);
    const problems: string[] = [];
    const unreachable = new RedisRateLimiter({
      redis,
      prefix,
      rules: DEFAULT_RATE_LIMIT_RULES,
      sleep: async () => {},
      onUnavailable: (error) => problems.push(error.message),
    });
    expect(await unreachable.acquire(ec2('555555555555'))).toEqual({ waitedMs: 0 });
    expect(problems).toHaveLength(1);
  });
});

describe('API families', () => {
  it('maps calls to buckets: STS and Organizations scanner-wide, IAM per account, others per account and region', () => {
    const rules = DEFAULT_RATE_LIMIT_RULES;
    const key = (service: RateLimitKey['service']) => ({
      accountId: '1',
      region: 'eu-west-1',
      service,
      operation: 'X',
    });
    expect(bucketFor(key('sts'), rules)).toEqual({ bucket: 'sts', rule: rules.sts });
    expect(bucketFor(key('organizations'), rules)).toEqual({
      bucket: 'organizations',
      rule: rules.organizations,
    });
    expect(bucketFor(key('iam'), rules)).toEqual({ bucket: 'iam:1', rule: rules.iam });
    expect(bucketFor(key('ec2'), rules)).toEqual({ bucket: 'ec2:1:eu-west-1', rule: rules.ec2 });
    expect(bucketFor(key('kms'), rules)).toEqual({ bucket: 'kms:1:eu-west-1', rule: rules.other });
  });
});
