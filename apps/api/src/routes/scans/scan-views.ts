import { coverageRatio } from '@orgscan/checks';
import type { ScanAccountRecord, ScanCoverage, ScanRecord, ScanTotals, StoredFinding } from '@orgscan/core';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function scanSummaryView(scan: ScanRecord) {
  return {
    id: scan.id,
    organizationId: scan.organizationId,
    status: scan.status,
    trigger: scan.trigger,
    checks: [...scan.checkIds],
    regions: scan.regions ? [...scan.regions] : null,
    accountCount: scan.accountCount,
    createdAt: scan.createdAt.toISOString(),
    plannedAt: iso(scan.plannedAt),
    failureReason: scan.failureReason,
    startedAt: iso(scan.startedAt),
    finishedAt: iso(scan.finishedAt),
    totals: scan.totals,
    coverage: scan.coverage ? coverageView(scan.coverage) : null,
  };
}

/** A scan finished before cells were counted stored its coverage without them: they are null, not absent. */
export function coverageView(coverage: ScanCoverage): ScanCoverage {
  return { ...coverage, cells: coverage.cells ?? null };
}

/**
 * An account's cells: its own once it succeeded; a failed or cancelled account judged none of the cells the
 * scan counts for it; otherwise (pending, running, skipped) not known.
 */
export function accountCellsView(
  account: Pick<ScanAccountRecord, 'status' | 'cells'>,
  notScannedPerAccount: number | null,
) {
  if (account.status === 'succeeded' && account.cells) {
    return { ...account.cells, ratio: coverageRatio(account.cells.judged, account.cells.total) };
  }
  if ((account.status === 'failed' || account.status === 'cancelled') && notScannedPerAccount !== null) {
    return { judged: 0, total: notScannedPerAccount, ratio: coverageRatio(0, notScannedPerAccount) };
  }
  return null;
}

export function scanAccountView(account: ScanAccountRecord, coverage: ScanCoverage) {
  return {
    accountId: account.accountId,
    name: account.accountName,
    ouPath: account.ouPath,
    status: account.status,
    reason:
      account.reasonCategory !== null
        ? { category: account.reasonCategory, detail: account.reasonDetail ?? '' }
        : null,
    regionsScanned: [...account.regionsScanned],
    regionsNotEnabled: [...account.regionsNotEnabled],
    regionsDeniedByPolicy: account.regionsDeniedByPolicy.map((denial) => ({ ...denial })),
    checksEvaluated: account.checksEvaluated,
    findings: account.findingsCount,
    errors: account.errorCount,
    coverage: accountCellsView(account, coverage.cells?.notScannedPerAccount ?? null),
    apiCalls: account.apiCalls,
    throttles: account.throttles,
    attempts: account.attempts,
    startedAt: iso(account.startedAt),
    finishedAt: iso(account.finishedAt),
  };
}

export function scanDetailView(
  scan: ScanRecord,
  accounts: readonly ScanAccountRecord[],
  summary: { totals: ScanTotals; coverage: ScanCoverage },
) {
  const { totals: _totals, coverage: _coverage, ...rest } = scanSummaryView(scan);
  const { total: _total, ...progress } = summary.coverage.accounts;
  return {
    ...rest,
    progress,
    totals: summary.totals,
    coverage: coverageView(summary.coverage),
    accounts: accounts.map((account) => scanAccountView(account, summary.coverage)),
    postureAppliedAt: iso(scan.postureAppliedAt ?? null),
    changes: scan.changes ? { ...scan.changes } : null,
  };
}

export function findingView(finding: StoredFinding) {
  return {
    fingerprint: finding.fingerprint,
    accountId: finding.accountId,
    region: finding.region,
    checkId: finding.checkId,
    resourceId: finding.resourceId,
    resourceType: finding.resourceType,
    status: finding.status,
    severity: finding.severity,
    message: finding.message,
    errorCode: finding.errorCode,
    evidence: finding.evidence ? { ...finding.evidence } : null,
  };
}
