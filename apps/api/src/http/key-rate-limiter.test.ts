import { describe, expect, it } from 'vitest';
import { KeyRateLimiter } from './key-rate-limiter.js';

describe('KeyRateLimiter', () => {
  it('allows a burst, then refills at the per-minute rate, per key', () => {
    let now = 0;
    const limiter = new KeyRateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].every((d) => d.allowed)).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 1_000;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0 });
    now = 60_000;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 2 });
  });

  it('says how long to wait when the rate is slow', () => {
    const limiter = new KeyRateLimiter({ perMinute: 2, burst: 1 }, () => 0);
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });
});
