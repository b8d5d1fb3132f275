import { AwsCallError, classifyAwsError } from './aws-error.js';
import type { CallStats } from './call-stats.js';
import type { RateLimiter } from './rate-limiter.js';
import { RegionCallOutcomes } from './region-call-outcomes.js';
import { DEFAULT_RETRY_BUDGET, RetryBudget, type RetryBudgetLimits } from './retry-budget.js';
import { Semaphore } from './semaphore.js';
import { stableJson } from './stable-json.js';
import type { AwsServiceName } from './transport/aws-services.js';
import {
  type AwsCommand,
  type AwsIdentity,
  type AwsTransport,
  type AwsTransportSession,
  operationName,
} from './transport/aws-transport.js';

export interface RetryPolicy {
  /** Attempts for a throttled call before it fails with the throttling code. */
  readonly throttleAttempts: number;
  /** Attempts for a transient failure (network, timeout, 5xx, expired session). */
  readonly transientAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Transient-failure retries of one account scan, all calls together; absent: DEFAULT_RETRY_BUDGET. */
  readonly transientRetryBudget?: RetryBudgetLimits;
}

export interface AwsApiOptions {
  readonly transport: AwsTransport;
  readonly identity: AwsIdentity;
  /** Account the calls are counted and rate-limited under. */
  readonly accountId: string;
  readonly limiter: RateLimiter;
  readonly retry: RetryPolicy;
  readonly maxConcurrentCalls: number;
  readonly stats: CallStats;
  /**
   * The account scan's transient-failure retries, shared with the other AwsApi instances of the same
   * account scan (the STS caller and the member); absent: this instance has its own.
   */
  readonly retryBudget?: RetryBudget;
  readonly sleep: (ms: number) => Promise<void>;
  /** Source of jitter, in [0, 1). */
  readonly random: () => number;
  /** Told about every attempt, for metrics. */
  readonly onAttempt?: (event: AttemptEvent) => void;
}

export interface AttemptEvent {
  readonly service: AwsServiceName;
  readonly operation: string;
  readonly outcome: 'ok' | 'throttled' | 'error';
  readonly durationMs: number;
  readonly limiterWaitMs: number;
}

/**
 * Every AWS call of one identity goes through here: bounded concurrency, the shared rate limiter, retries
 * with exponential backoff and full jitter for throttles and transient errors (the latter within the
 * account scan's retry budget), call counting, and
 * classification of failures into AwsCallError. Identical requests are sent at most once per instance
 * (one instance per account per scan), so collectors can share list calls without coordinating.
 */
export class AwsApi {
  private readonly session: AwsTransportSession;
  private readonly memo = new Map<string, Promise<object>>();
  private readonly semaphore: Semaphore;
  private readonly retryBudget: RetryBudget;
  private readonly regionOutcomes = new RegionCallOutcomes();

  constructor(private readonly options: AwsApiOptions) {
    this.session = options.transport.openSession(options.identity);
    this.semaphore = new Semaphore(options.maxConcurrentCalls);
    this.retryBudget =
      options.retryBudget ?? new RetryBudget(options.retry.transientRetryBudget ?? DEFAULT_RETRY_BUDGET);
  }

  get accountId(): string {
    return this.options.accountId;
  }

  get stats(): CallStats {
    return this.options.stats;
  }

  /** Sends the request once per instance; later identical calls share the first answer (or failure). */
  call<Output extends object>(
    region: string,
    service: AwsServiceName,
    command: AwsCommand<Output>,
  ): Promise<Output> {
    const key = this.requestKey(region, service, command);
    let pending = this.memo.get(key);
    if (!pending) {
      this.options.stats.recordRequest(key);
      pending = this.sendWithRetries(region, service, command);
      this.memo.set(key, pending);
    }
    return pending as Promise<Output>;
  }

  /** Sends without sharing: for polling an operation whose answer changes (credential report generation). */
  callFresh<Output extends object>(
    region: string,
    service: AwsServiceName,
    command: AwsCommand<Output>,
  ): Promise<Output> {
    this.options.stats.recordRequest(`${this.requestKey(region, service, command)}#fresh`);
    return this.sendWithRetries(region, service, command);
  }

  /**
   * The first denial, when every call made so far in the region was denied by an organization policy
   * (a service control policy); null when a call there got any other answer, or none was made.
   */
  deniedByPolicyIn(region: string): AwsCallError | null {
    return this.regionOutcomes.deniedByPolicy(region);
  }

  close(): void {
    this.session.close();
    this.memo.clear();
  }

  private requestKey(region: string, service: AwsServiceName, command: { readonly input: unknown }): string {
    return `${region}|${service}:${operationName(command)}|${stableJson(command.input)}`;
  }

  private async sendWithRetries<Output extends object>(
    region: string,
    service: AwsServiceName,
    command: AwsCommand<Output>,
  ): Promise<Output> {
    const { retry, stats } = this.options;
    const operation = operationName(command);
    const qualified = `${service}:${operation}`;
    for (let attempt = 1; ; attempt += 1) {
      let output: Output;
      try {
        output = await this.sendOnce(region, service, operation, command);
      } catch (raw) {
        const error = classifyAwsError(raw, qualified);
        const limit =
          error.kind === 'throttled'
            ? retry.throttleAttempts
            : error.kind === 'transient' || error.kind === 'expired-credentials'
              ? retry.transientAttempts
              : 1;
        // Checked last, so only a retry that would happen takes from the budget.
        const retrying = attempt < limit && (error.kind !== 'transient' || this.retryBudget.tryTakeRetry());
        if (!retrying) {
          stats.errors += 1;
          this.regionOutcomes.record(region, error);
          throw error;
        }
        stats.retries += 1;
        if (error.kind === 'expired-credentials') this.options.identity.invalidateCredentials?.();
        await this.options.sleep(this.backoffMs(attempt));
        continue;
      }
      this.retryBudget.recordSuccess();
      this.regionOutcomes.record(region, null);
      return output;
    }
  }

  private sendOnce<Output extends object>(
    region: string,
    service: AwsServiceName,
    operation: string,
    command: AwsCommand<Output>,
  ): Promise<Output> {
    return this.semaphore.run(async () => {
      const { limiter, stats, onAttempt } = this.options;
      const { waitedMs } = await limiter.acquire({
        accountId: this.options.accountId,
        region,
        service,
        operation,
      });
      stats.limiterWaitMs += waitedMs;
      stats.recordAttempt(`${service}:${operation}`);
      const started = performance.now();
      try {
        const output = await this.session.send(region, service, command);
        onAttempt?.({
          service,
          operation,
          outcome: 'ok',
          durationMs: performance.now() - started,
          limiterWaitMs: waitedMs,
        });
        return output;
      } catch (raw) {
        const throttled = classifyAwsError(raw, `${service}:${operation}`).kind === 'throttled';
        if (throttled) stats.throttles += 1;
        onAttempt?.({
          service,
          operation,
          outcome: throttled ? 'throttled' : 'error',
          durationMs: performance.now() - started,
          limiterWaitMs: waitedMs,
        });
        throw raw;
      }
    });
  }

  /** Exponential backoff with full jitter: a random delay up to base·2^(attempt-1), capped. */
  private backoffMs(attempt: number): number {
    const { baseDelayMs, maxDelayMs } = this.options.retry;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.options.random() * ceiling);
  }
}

export { AwsCallError };
