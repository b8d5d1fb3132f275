const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** `5s,5m,30m,2h,5h,10h,10h`: the delays before each retry (the Standard Webhooks schedule, about 27.6 h). */
export const RETRY_SCHEDULE_PATTERN = '^\\d+(ms|s|m|h)(,\\d+(ms|s|m|h))*$';
export const DEFAULT_RETRY_SCHEDULE = '5s,5m,30m,2h,5h,10h,10h';

/**
 * When a failed delivery is tried again: after the n-th failed attempt of a round, the n-th delay of the
 * schedule, spread by ±`jitter` (so endpoints that come back are not hit by every retry at once). Once the
 * schedule is exhausted the delivery is dead-lettered. A Retry-After answer pushes the retry later, never
 * earlier.
 */
export class RetrySchedule {
  readonly delaysMs: readonly number[];

  constructor(
    schedule: string,
    private readonly random: () => number = Math.random,
    private readonly jitter = 0.2,
  ) {
    if (!new RegExp(RETRY_SCHEDULE_PATTERN).test(schedule)) {
      throw new Error(`invalid retry schedule ${schedule} (e.g. ${DEFAULT_RETRY_SCHEDULE})`);
    }
    this.delaysMs = schedule.split(',').map((step) => {
      const match = /^(\d+)(ms|s|m|h)$/.exec(step) as RegExpExecArray;
      return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    });
  }

  /** Attempts in one round: the first and one per delay. */
  get attempts(): number {
    return this.delaysMs.length + 1;
  }

  /** Time from the first attempt to the last (without jitter). */
  get spanMs(): number {
    return this.delaysMs.reduce((sum, delay) => sum + delay, 0);
  }

  /** The delay after `failedAttempts` failures of this round, or null: dead-letter now. */
  delayAfter(failedAttempts: number, retryAfterMs: number | null = null): number | null {
    const base = this.delaysMs[failedAttempts - 1];
    if (base === undefined) return null;
    const jittered = Math.round(base * (1 - this.jitter + 2 * this.jitter * this.random()));
    return Math.max(jittered, retryAfterMs ?? 0);
  }
}
