/**
 * Remembers the scans a notice was logged for, so a fact about a whole scan (the same for each of its
 * accounts, like regions of another partition that the endpoint lists) is logged once, not once per
 * account job. One per worker process: several worker processes log it once each. Bounded: the oldest
 * scans are forgotten first.
 */
export class OncePerScan {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 1_000) {}

  /** True the first time this scan is seen (log now), false afterwards. */
  first(scanId: string): boolean {
    if (this.seen.has(scanId)) return false;
    this.seen.add(scanId);
    if (this.seen.size > this.capacity) {
      // A Set iterates in insertion order: the first value is the oldest scan.
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
