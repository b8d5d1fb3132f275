import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, RetrySchedule } from './retry-schedule.js';

describe('retry schedule', () => {
  it('retries for more than 24 hours by default, then dead-letters', () => {
    const schedule = new RetrySchedule(DEFAULT_RETRY_SCHEDULE, () => 0.5);
    expect(schedule.spanMs).toBeGreaterThan(24 * 3600 * 1000);
    expect(schedule.attempts).toBe(8);
    expect(schedule.delayAfter(1)).toBe(5_000);
    expect(schedule.delayAfter(7)).toBe(10 * 3600 * 1000);
    expect(schedule.delayAfter(8)).toBeNull();
  });

  it('spreads each delay by ±20 % (jitter) and never retries before Retry-After', () => {
    const low = new RetrySchedule('10s', () => 0);
    const high = new RetrySchedule('10s', () => 0.999999);
    expect(low.delayAfter(1)).toBe(8_000);
    expect(high.delayAfter(1)).toBe(12_000);
    expect(low.delayAfter(1, 60_000)).toBe(60_000);
  });

  it('rejects a schedule it cannot read', () => {
    expect(() => new RetrySchedule('5 minutes')).toThrow(/invalid retry schedule/);
    expect(new RetrySchedule('100ms,2s,1m,1h').delaysMs).toEqual([100, 2_000, 60_000, 3_600_000]);
  });
});
