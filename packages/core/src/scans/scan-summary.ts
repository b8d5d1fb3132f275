import type { FindingStatus, ScanCells, Severity } from '@orgscan/checks';

/** Counts of a scan's findings. */
export interface ScanTotals {
  readonly findings: number;
  readonly byStatus: Readonly<Record<FindingStatus, number>>;
  /** FAIL findings by severity: what needs fixing first. */
  readonly failedBySeverity: Readonly<Record<Severity, number>>;
}

/** What the scan actually saw: a scan is never silently blind. */
export interface ScanCoverage {
  readonly accounts: {
    readonly total: number;
    readonly succeeded: number;
    readonly failed: number;
    readonly skipped: number;
    readonly cancelled: number;
    readonly pending: number;
    readonly running: number;
  };
  /** Distinct regions scanned in at least one account. */
  readonly regionsScanned: string[];
  readonly checksSelected: number;
  /** Checks with at least one finding that is not ERROR. */
  readonly checksEvaluated: number;
  /** Checks with at least one ERROR finding (data that could not be read somewhere). */
  readonly checksWithErrors: number;
  /**
   * Check × region cells judged: the figure that says how much of what was asked was actually seen.
   * Null for scans recorded before cells were counted.
   */
  readonly cells: ScanCells | null;
}
