import { describe, expect, it } from 'vitest';
import { RetryBudget } from './retry-budget.js';

describe('RetryBudget', () => {
  it('gives out its capacity, then refuses', () => {
    const budget = new RetryBudget({ capacity: 2, refillPerSuccess: 0.5 });
    expect(budget.tryTakeRetry()).toBe(true);
    expect(budget.tryTakeRetry()).toBe(true);
    expect(budget.tryTakeRetry()).toBe(false);
    expect(budget.remaining).toBe(0);
  });

  it('earns a retry back per 1/refillPerSuccess successes', () => {
    const budget = new RetryBudget({ capacity: 1, refillPerSuccess: 0.25 });
    expect(budget.tryTakeRetry()).toBe(true);
    for (let success = 0; success < 3; success += 1) budget.recordSuccess();
    expect(budget.tryTakeRetry()).toBe(false);
    budget.recordSuccess();
    expect(budget.tryTakeRetry()).toBe(true);
  });

  it('never holds more than its capacity', () => {
    const budget = new RetryBudget({ capacity: 1, refillPerSuccess: 1 });
    for (let success = 0; success < 10; success += 1) budget.recordSuccess();
    expect(budget.remaining).toBe(1);
  });
});
