import type { Repositories } from '../store/store.js';
import type { ScanCoverage, ScanTotals } from './scan-summary.js';

/** Totals and coverage of a scan from what is stored now: live while it runs, final at finalize. */
export async function computeScanSummary(
  repositories: Pick<Repositories, 'findings' | 'scanAccounts'>,
  scanId: string,
  checksSelected: number,
): Promise<{ totals: ScanTotals; coverage: ScanCoverage }> {
  const [totals, accounts, regionsScanned, checks] = await Promise.all([
    repositories.findings.totals(scanId),
    repositories.scanAccounts.countByStatus(scanId),
    repositories.scanAccounts.regionsScanned(scanId),
    repositories.findings.checkCoverage(scanId),
  ]);
  const total = Object.values(accounts).reduce((sum, count) => sum + count, 0);
  return {
    totals,
    coverage: {
      accounts: { total, ...accounts },
      regionsScanned,
      checksSelected,
      checksEvaluated: checks.evaluated,
      checksWithErrors: checks.withErrors,
    },
  };
}
