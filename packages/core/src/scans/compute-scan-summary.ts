import { notScannedAccountCells, scanCells } from '@orgscan/checks';
import type { Repositories } from '../store/store.js';
import type { ScanCoverage, ScanTotals } from './scan-summary.js';

/**
 * Totals and coverage of a scan from what is stored now: live while it runs, final at finalize. The cells
 * are sums of the per-account columns, so this never re-reads the scan's findings for them.
 */
export async function computeScanSummary(
  repositories: Pick<Repositories, 'findings' | 'scanAccounts'>,
  scan: {
    readonly id: string;
    readonly checkIds: readonly string[];
    readonly regions: readonly string[] | null;
  },
): Promise<{ totals: ScanTotals; coverage: ScanCoverage }> {
  const [totals, accounts, regionsScanned, checks, cellSums] = await Promise.all([
    repositories.findings.totals(scan.id),
    repositories.scanAccounts.countByStatus(scan.id),
    repositories.scanAccounts.regionsScanned(scan.id),
    repositories.findings.checkCoverage(scan.id),
    repositories.scanAccounts.cellSums(scan.id),
  ]);
  const total = Object.values(accounts).reduce((sum, count) => sum + count, 0);
  return {
    totals,
    coverage: {
      accounts: { total, ...accounts },
      regionsScanned,
      checksSelected: scan.checkIds.length,
      checksEvaluated: checks.evaluated,
      checksWithErrors: checks.withErrors,
      cells: scanCells(cellSums, notScannedAccountCells(scan.checkIds, regionsScanned, scan.regions)),
    },
  };
}
