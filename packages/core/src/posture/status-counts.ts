import type { StatusTally } from '../store/rollup-repository.js';

/**
 * Findings by status as the API reports them. FAIL counts failures no mute covers; `muted` counts the
 * accepted ones, which are neither failures nor part of the pass rate. passRate = PASS / (PASS + FAIL),
 * null when nothing decisive was observed.
 */
export interface StatusCounts {
  readonly total: number;
  readonly PASS: number;
  readonly FAIL: number;
  readonly ERROR: number;
  readonly SKIPPED: number;
  readonly MANUAL: number;
  readonly muted: number;
  readonly passRate: number | null;
}

export class CountsAccumulator {
  pass = 0;
  fail = 0;
  muted = 0;
  error = 0;
  skipped = 0;
  manual = 0;

  add(tally: StatusTally): this {
    this.pass += tally.pass;
    this.fail += tally.fail;
    this.muted += tally.muted;
    this.error += tally.error;
    this.skipped += tally.skipped;
    this.manual += tally.manual;
    return this;
  }

  counts(): StatusCounts {
    const decisive = this.pass + this.fail;
    return {
      total: this.pass + this.fail + this.muted + this.error + this.skipped + this.manual,
      PASS: this.pass,
      FAIL: this.fail,
      ERROR: this.error,
      SKIPPED: this.skipped,
      MANUAL: this.manual,
      muted: this.muted,
      passRate: decisive === 0 ? null : Math.round((this.pass / decisive) * 10_000) / 10_000,
    };
  }
}

/** Accumulators grouped by a key, in first-seen order. */
export class GroupedCounts<K> {
  private readonly groups = new Map<K, CountsAccumulator>();

  add(key: K, tally: StatusTally): void {
    let accumulator = this.groups.get(key);
    if (!accumulator) {
      accumulator = new CountsAccumulator();
      this.groups.set(key, accumulator);
    }
    accumulator.add(tally);
  }

  get(key: K): StatusCounts {
    return (this.groups.get(key) ?? new CountsAccumulator()).counts();
  }

  keys(): K[] {
    return [...this.groups.keys()];
  }
}
