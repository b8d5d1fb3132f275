import { DEFAULT_RATE_LIMIT_RULES, type RateLimitKey } from '@orgscan/aws';
import { describe, expect, it } from 'vitest';
import { InProcessRateLimiter } from './in-process-rate-limiter.js';

function limiterAt(clock: { now: number }, slept: number[]) {
  return new InProcessRateLimiter({
    rules: { ...DEFAULT_RATE_LIMIT_RULES, iam: { perSecond: 2, burst: 3 } },
    now: () => clock.now,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
}

const iam = (accountId: string): RateLimitKey => ({
  accountId,
  region: 'us-east-1',
  service: 'iam',
  operation: 'ListUsers',
});

describe('InProcessRateLimiter', () => {
  it('grants the burst at once, then makes each caller wait its share of the refill, in arrival order', async () => {
    const clock = { now: 0 };
    const slept: number[] = [];
    const limiter = limiterAt(clock, slept);
    const waits = await Promise.all(Array.from({ length: 6 }, () => limiter.acquire(iam('111111111111'))));
    expect(waits.map((wait) => wait.waitedMs)).toEqual([0, 0, 0, 500, 1000, 1500]);
    expect(slept).toEqual([500, 1000, 1500]);
  });

  it('refills with time, up to the burst, and keeps accounts in separate buckets', async () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock, []);
    for (let call = 0; call < 3; call += 1) await limiter.acquire(iam('111111111111'));
    expect((await limiter.acquire(iam('222222222222'))).waitedMs).toBe(0);
    clock.now = 60_000;
    const afterAMinute = await Promise.all(
      Array.from({ length: 4 }, () => limiter.acquire(iam('111111111111'))),
    );
    expect(afterAMinute.map((wait) => wait.waitedMs)).toEqual([0, 0, 0, 500]);
  });

  it('uses the same families as the shared limiter: EC2 per account and region', async () => {
    const clock = { now: 0 };
    const limiter = new InProcessRateLimiter({
      rules: { ...DEFAULT_RATE_LIMIT_RULES, ec2: { perSecond: 1, burst: 1 } },
      now: () => clock.now,
      sleep: async () => {},
    });
    const ec2 = (region: string): RateLimitKey => ({
      accountId: '111111111111',
      region,
      service: 'ec2',
      operation: 'DescribeVpcs',
    });
    expect((await limiter.acquire(ec2('eu-west-1'))).waitedMs).toBe(0);
    expect((await limiter.acquire(ec2('us-east-1'))).waitedMs).toBe(0);
    expect((await limiter.acquire(ec2('eu-west-1'))).waitedMs).toBe(1000);
  });

  it('forgets buckets that have refilled completely, so memory does not grow with the accounts scanned', async () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock, []);
    for (let account = 0; account < 9_999; account += 1) await limiter.acquire(iam(String(account)));
    expect(limiter.size).toBe(9_999);
    clock.now = 10_000;
    await limiter.acquire(iam('fresh'));
    expect(limiter.size).toBe(1);
  });
});
