import { isStoreUnavailable } from './store-unavailable.js';

/** How work waits for Postgres to come back instead of failing on an outage. */
export interface StoreOutagePolicy {
  /** How long one operation waits in all before its error is thrown as usual; 0 does not wait. */
  readonly maxWaitMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /** Called once when an operation starts waiting (the first unavailable answer). */
  readonly onWaiting?: (error: Error) => void;
  /** Called once when an operation that waited went through. */
  readonly onRecovered?: (waitedMs: number) => void;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 5_000;

/**
 * Runs a store operation, and while Postgres is unreachable (isStoreUnavailable) runs it again with a
 * backoff capped at 5 s, for up to `maxWaitMs`. An outage is not a fault of the work: an account whose
 * AWS data is collected keeps it and writes it when the store is back, without spending a job attempt.
 * Any other error is thrown at once. The operation must be safe to repeat (a transaction that was rolled
 * back, an idempotent update).
 */
export async function untilStoreAvailable<T>(
  operation: () => Promise<T>,
  policy: StoreOutagePolicy,
): Promise<T> {
  const started = policy.now();
  let delay = FIRST_DELAY_MS;
  let waiting = false;
  for (;;) {
    try {
      const result = await operation();
      if (waiting) policy.onRecovered?.(policy.now() - started);
      return result;
    } catch (error) {
      const waited = policy.now() - started;
      if (!isStoreUnavailable(error) || waited >= policy.maxWaitMs) throw error;
      if (!waiting) {
        waiting = true;
        policy.onWaiting?.(error as Error);
      }
      await policy.sleep(Math.min(delay, policy.maxWaitMs - waited));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
