/** Counts of AWS calls made for one account in one scan (bench and scan summaries read these). */
export class CallStats {
  /** Requests actually sent to AWS, retries included. */
  calls = 0;
  throttles = 0;
  retries = 0;
  errors = 0;
  limiterWaitMs = 0;
  /** `service:Operation` → requests sent (retries included). */
  readonly byOperation = new Map<string, number>();
  /** Distinct logical request (region, operation, parameters) → times orgscan asked for it, retries excluded. */
  readonly byRequest = new Map<string, number>();

  recordAttempt(operationKey: string): void {
    this.calls += 1;
    this.byOperation.set(operationKey, (this.byOperation.get(operationKey) ?? 0) + 1);
  }

  recordRequest(requestKey: string): void {
    this.byRequest.set(requestKey, (this.byRequest.get(requestKey) ?? 0) + 1);
  }

  /** The most times one identical request was asked for; 1 means no request was repeated. */
  maxSameRequest(): number {
    let max = 0;
    for (const count of this.byRequest.values()) max = Math.max(max, count);
    return max;
  }

  toJSON(): {
    calls: number;
    throttles: number;
    retries: number;
    errors: number;
    maxSameRequest: number;
    byOperation: Record<string, number>;
  } {
    return {
      calls: this.calls,
      throttles: this.throttles,
      retries: this.retries,
      errors: this.errors,
      maxSameRequest: this.maxSameRequest(),
      byOperation: Object.fromEntries(this.byOperation),
    };
  }
}
