import type { ExportFinding, OrganizationRecord, ScanAccountRecord, ScanRecord } from '@orgscan/core';
import {
  type ResultAccount,
  type ResultFinding,
  type ResultScan,
  SCAN_RESULT_SCHEMA_ID,
  type ScanResultHead,
  ScanTally,
} from '@orgscan/report';

/** A stored account outcome as the report reads it. */
function resultAccount(account: ScanAccountRecord): ResultAccount {
  return {
    accountId: account.accountId,
    accountName: account.accountName,
    ouPath: account.ouPath,
    ouIds: [...account.ouIds],
    status: account.status,
    reason: account.reasonCategory
      ? { category: account.reasonCategory, detail: account.reasonDetail ?? '' }
      : null,
    regionsScanned: [...account.regionsScanned],
    regionsNotEnabled: [...account.regionsNotEnabled],
    regionsDeniedByPolicy: account.regionsDeniedByPolicy.map((denial) => ({ ...denial })),
    checksEvaluated: account.checksEvaluated,
    findings: account.findingsCount,
    errors: account.errorCount,
    apiCalls: account.apiCalls,
    throttles: account.throttles,
    durationMs: account.durationMs,
    cells: account.status === 'succeeded' ? account.cells : null,
  };
}

/** A stored finding of the scan as the report reads it. */
export function resultFinding(finding: ExportFinding): ResultFinding {
  return {
    fingerprint: finding.fingerprint,
    accountId: finding.accountId,
    region: finding.region,
    checkId: finding.checkId,
    severity: finding.severity,
    status: finding.status,
    resourceType: finding.resourceType,
    resourceId: finding.resourceId,
    message: finding.message,
    errorCode: finding.errorCode,
    evidence: finding.evidence,
    muted: finding.muted,
    muteId: finding.muteId,
  };
}

/**
 * A scan still pending or running reads as running; one not finished (or cancelled) is marked incomplete
 * (`incomplete: true`: accounts were not scanned), which an `incomplete` status (cells not judged) is not.
 */
function resultStatus(status: ScanRecord['status']): ResultScan['status'] {
  return status === 'pending' ? 'running' : status;
}

export async function* flatten<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

/**
 * The report of a stored scan, as the command line builds it for its own: the scan, its accounts, and the
 * numbers counted over its findings (one pass over the store's stream; the HTML then reads them again).
 */
export async function storedScanReport(
  scan: ScanRecord,
  organization: OrganizationRecord,
  accounts: readonly ScanAccountRecord[],
  findings: () => AsyncIterable<ResultFinding>,
  version: string,
): Promise<{ head: ScanResultHead; tally: ScanTally }> {
  const resultAccounts = accounts.map(resultAccount);
  const tally = new ScanTally(
    scan.checkIds,
    new Map(resultAccounts.map((account) => [account.accountId, account.ouPath])),
    scan.regions,
  );
  for await (const finding of findings()) tally.add(finding);
  const head: ScanResultHead = {
    schema: SCAN_RESULT_SCHEMA_ID,
    tool: { name: 'orgscan', version },
    scan: {
      id: scan.id,
      organization: {
        id: organization.id,
        name: organization.name,
        awsOrganizationId: organization.awsOrganizationId,
        managementAccountId: organization.managementAccountId,
      },
      status: resultStatus(scan.status),
      incomplete: !['completed', 'incomplete', 'partial', 'failed'].includes(scan.status),
      startedAt: (scan.startedAt ?? scan.createdAt).toISOString(),
      finishedAt: scan.finishedAt?.toISOString() ?? null,
      checkIds: [...scan.checkIds],
      regions: scan.regions ? [...scan.regions] : null,
      totals: tally.totals(),
      coverage: tally.coverage(resultAccounts),
    },
    accounts: resultAccounts,
  };
  return { head, tally };
}
