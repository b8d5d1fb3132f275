import {
  buildPostureSummary,
  computeScanSummary,
  type OrganizationRecord,
  type PostureAccount,
  type ScanRecord,
} from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import { coverageView } from '../scans/scan-views.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function scanCoverage(deps: AppDeps, scan: ScanRecord) {
  const coverage = scan.coverage ?? (await computeScanSummary(deps.store, scan)).coverage;
  return {
    id: scan.id,
    status: scan.status,
    createdAt: scan.createdAt.toISOString(),
    finishedAt: iso(scan.finishedAt),
    coverage: coverageView(coverage),
  };
}

function withoutResults(
  accounts: readonly PostureAccount[],
  withResults: ReadonlySet<string>,
  ignore: Set<string>,
) {
  return accounts
    .filter((account) => !ignore.has(account.state) && !withResults.has(account.accountId))
    .map((account) => account.accountId);
}

/** The current posture of an organization, from the rollups kept at finalize (a few thousand rows). */
export async function currentSummary(deps: AppDeps, organization: OrganizationRecord) {
  const [tallies, regions, accounts, lastScanId] = await Promise.all([
    deps.store.rollups.currentSummaryTallies(organization.id),
    deps.store.rollups.currentRegions(organization.id),
    deps.store.rollups.organizationAccounts(organization.id),
    deps.store.rollups.lastAppliedScanId(organization.id),
  ]);
  const summary = buildPostureSummary({ tallies, regions, accounts });
  const lastScan = lastScanId ? await deps.store.scans.get(lastScanId) : null;
  const withResults = new Set(tallies.byAccount.map((row) => row.accountId));
  return {
    organizationId: organization.id,
    scanId: null,
    generatedAt: deps.now().toISOString(),
    ...summaryBody(summary),
    coverage: {
      ...evaluatedBody(summary),
      accountsKnown: accounts.length,
      accountsWithoutResults: withoutResults(
        accounts.filter((account) => account.state === 'ACTIVE'),
        withResults,
        new Set(),
      ),
      scan: lastScan ? await scanCoverage(deps, lastScan) : null,
    },
  };
}

/** One scan's posture, aggregated from its findings (muted as they were when it was finalized). */
export async function scanSummary(deps: AppDeps, scan: ScanRecord) {
  const [tallies, regions, accounts] = await Promise.all([
    deps.store.rollups.scanSummaryTallies(scan.id),
    deps.store.rollups.scanRegions(scan.id),
    deps.store.rollups.scanAccounts(scan.id),
  ]);
  const summary = buildPostureSummary({ tallies, regions, accounts });
  const withResults = new Set(tallies.byAccount.map((row) => row.accountId));
  return {
    organizationId: scan.organizationId,
    scanId: scan.id,
    generatedAt: deps.now().toISOString(),
    ...summaryBody(summary),
    coverage: {
      ...evaluatedBody(summary),
      accountsKnown: accounts.length,
      accountsWithoutResults: withoutResults(accounts, withResults, new Set(['skipped'])),
      scan: await scanCoverage(deps, scan),
    },
  };
}

function summaryBody(summary: ReturnType<typeof buildPostureSummary>) {
  return {
    totals: summary.totals,
    failedBySeverity: summary.failedBySeverity,
    bySeverity: [...summary.bySeverity],
    byCheck: [...summary.byCheck],
    byAccount: [...summary.byAccount],
    byOu: [...summary.byOu],
    byRegion: [...summary.byRegion],
  };
}

function evaluatedBody(summary: ReturnType<typeof buildPostureSummary>) {
  return { ...summary.evaluated, regions: [...summary.evaluated.regions] };
}
