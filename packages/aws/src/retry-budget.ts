/** How many transient-failure retries an account scan may spend, and how successes earn more. */
export interface RetryBudgetLimits {
  /** Retries available at the start of the scan (and at most ever). */
  readonly capacity: number;
  /** Retries earned back by each successful call: a healthy endpoint's rare 5xx keep being retried. */
  readonly refillPerSuccess: number;
}

/**
 * 10 retries up front, then one per 100 successful calls: the few lost answers of a healthy scan are all
 * retried, while an endpoint that fails an operation everywhere costs about one request per call once the
 * budget is spent (instead of every call being sent `transientAttempts` times).
 */
export const DEFAULT_RETRY_BUDGET: RetryBudgetLimits = { capacity: 10, refillPerSuccess: 0.01 };

/**
 * The retries of transient failures (5xx, network errors, timeouts) of one account scan, shared by all its
 * calls: a token bucket that each retry draws one token from and each success refills a little. When it is
 * empty a transient failure is reported at once with its code. Throttling is not drawn from it: throttles
 * say "later", not "broken", and have their own attempts and the rate limiter.
 */
export class RetryBudget {
  private tokens: number;

  constructor(private readonly limits: RetryBudgetLimits) {
    this.tokens = limits.capacity;
  }

  /** Takes one retry from the budget; false when none is left. */
  tryTakeRetry(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  recordSuccess(): void {
    this.tokens = Math.min(this.limits.capacity, this.tokens + this.limits.refillPerSuccess);
  }

  /** Whole retries left now. */
  get remaining(): number {
    return Math.floor(this.tokens);
  }
}
