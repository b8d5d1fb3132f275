import { describe, expect, it } from 'vitest';
import { CallStats } from './call-stats.js';

describe('CallStats', () => {
  it('counts attempts in total and per operation', () => {
    const stats = new CallStats();
    stats.recordAttempt('iam:GetAccountSummary');
    stats.recordAttempt('iam:GetAccountSummary');
    stats.recordAttempt('ec2:DescribeRegions');

    expect(stats.calls).toBe(3);
    expect(Object.fromEntries(stats.byOperation)).toEqual({
      'iam:GetAccountSummary': 2,
      'ec2:DescribeRegions': 1,
    });
  });

  it('reports the most repeated request, 0 when nothing was asked', () => {
    const stats = new CallStats();
    expect(stats.maxSameRequest()).toBe(0);
    stats.recordRequest('a');
    stats.recordRequest('b');
    stats.recordRequest('b');
    expect(stats.maxSameRequest()).toBe(2);
  });

  it('serializes its counters', () => {
    const stats = new CallStats();
    stats.recordAttempt('sts:AssumeRole');
    stats.recordRequest('us-east-1|sts:AssumeRole|{}');
    stats.throttles = 1;
    stats.retries = 2;
    stats.errors = 3;
    stats.limiterWaitMs = 40;

    expect(JSON.parse(JSON.stringify(stats))).toEqual({
      calls: 1,
      throttles: 1,
      retries: 2,
      errors: 3,
      maxSameRequest: 1,
      byOperation: { 'sts:AssumeRole': 1 },
    });
  });
});
