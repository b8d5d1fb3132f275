import { cellCount, findCheck } from '@orgscan/checks';

/**
 * The scan's check × region cells (cells: see @orgscan/checks cell-coverage.ts) and how many were judged.
 * Each account that finished a scan recorded its own cells; an account that failed or was cancelled counts
 * `notScannedPerAccount` cells, none judged (what was asked of it went unseen); accounts skipped by the
 * organization's scope (or not ACTIVE) are not counted; accounts still pending or running not yet.
 */
export interface ScanCells {
  readonly judged: number;
  readonly total: number;
  /** judged / total (1 when there is nothing to judge). */
  readonly ratio: number;
  /**
   * Cells counted for each failed or cancelled account: its regions were never discovered, so its cells
   * are estimated as the selected checks over the regions this scan covered (the distinct regions scanned
   * in its accounts; else its region allow-list; else one region).
   */
  readonly notScannedPerAccount: number;
}

/** Per-account cell sums of a scan, as stored on its scan_accounts rows. */
export interface ScanCellSums {
  readonly judged: number;
  readonly total: number;
  /** Failed or cancelled accounts. */
  readonly notScanned: number;
  /** Accounts that succeeded before cells were recorded: the scan's figure is then unknown. */
  readonly unrecorded: number;
}

export function coverageRatio(judged: number, total: number): number {
  return total === 0 ? 1 : judged / total;
}

export function notScannedAccountCells(
  checkIds: readonly string[],
  regionsScanned: readonly string[],
  regionAllowList: readonly string[] | null,
): number {
  const regions = regionsScanned.length || regionAllowList?.length || 1;
  // A check no longer in the registry counts as one cell: it still was selected.
  return cellCount(
    checkIds.map((id) => ({ scope: findCheck(id)?.scope ?? 'global' })),
    regions,
  );
}

/** Null when an account's cells were never recorded (a scan older than coverage). */
export function scanCells(sums: ScanCellSums, notScannedPerAccount: number): ScanCells | null {
  if (sums.unrecorded > 0) return null;
  const total = sums.total + sums.notScanned * notScannedPerAccount;
  return { judged: sums.judged, total, ratio: coverageRatio(sums.judged, total), notScannedPerAccount };
}
