import { coverageRatio } from './cell-coverage.js';

/**
 * The scan's check × region cells (cells: see cell-coverage.ts) and how many were judged — the one sum both
 * the service (at finalize) and the CLI's result make.
 * Each account that finished a scan recorded its own cells; an account that failed or was cancelled counts
 * `notScannedPerAccount` cells, none judged (what was asked of it went unseen); accounts skipped by the
 * organization's scope (or not ACTIVE) are not counted; accounts still pending or running not yet.
 */
export interface ScanCells {
  readonly judged: number;
  readonly total: number;
  /** judged / total (1 when there is nothing to judge). */
  readonly ratio: number;
  /** Cells counted for each failed or cancelled account (notScannedAccountCells). */
  readonly notScannedPerAccount: number;
}

/** Per-account cell sums of a scan (the service reads them from its scan_accounts rows). */
export interface ScanCellSums {
  readonly judged: number;
  readonly total: number;
  /** Failed or cancelled accounts. */
  readonly notScanned: number;
  /** Accounts that succeeded before cells were recorded: the scan's figure is then unknown. */
  readonly unrecorded: number;
}

/** Null when an account's cells were never recorded (a scan older than coverage). */
export function scanCells(sums: ScanCellSums, notScannedPerAccount: number): ScanCells | null {
  if (sums.unrecorded > 0) return null;
  const total = sums.total + sums.notScanned * notScannedPerAccount;
  return { judged: sums.judged, total, ratio: coverageRatio(sums.judged, total), notScannedPerAccount };
}
