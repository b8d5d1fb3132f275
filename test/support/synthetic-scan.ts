import { randomUUID } from 'node:crypto';
import { accountCellCoverage, type Finding, type FindingStatus, findCheck } from '@orgscan/checks';
import { findingFingerprint, type Store } from '@orgscan/core';
import { type ProcessorDeps, processFinalizeScan } from '@orgscan/worker';
import { succeededOutcome } from './account-outcome.js';

/** An organization with accounts, written directly, for tests that make their own scans. */
export async function createSyntheticOrganization(
  store: Store,
  organizationId: string,
  accounts: ReadonlyArray<{ id: string; ouIds: string[] }>,
): Promise<void> {
  await store.organizations.upsert({
    id: organizationId,
    name: organizationId,
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  await store.accounts.upsertMany(
    organizationId,
    accounts.map((account) => ({
      id: account.id,
      name: `account ${account.id}`,
      email: null,
      state: 'ACTIVE' as const,
      joinedAt: null,
      ouIds: account.ouIds,
      ouPath: `Root/${account.ouIds.at(-1)}`,
    })),
    new Date(),
  );
}

/** A FAIL/PASS finding of a check on one resource (the resource id names it). */
export function finding(
  accountId: string,
  resource: string,
  status: FindingStatus,
  checkId = 'iam-user-console-mfa-enabled',
  severity: Finding['severity'] = 'high',
): Finding {
  return {
    checkId,
    accountId,
    region: 'global',
    status,
    severity,
    resourceId: `arn:aws:iam::${accountId}:user/${resource}`,
    resourceType: 'AwsIamUser',
    message: `${resource} ${status}`,
    errorCode: null,
    evidence: null,
  };
}

export function fingerprintOf(organizationId: string, item: Finding): string {
  return findingFingerprint({
    organizationId,
    accountId: item.accountId,
    region: item.region,
    checkId: item.checkId,
    resourceId: item.resourceId,
  });
}

/**
 * Writes a scan as the workers would (every account succeeded with these findings), then runs the real
 * finalize-scan processor: totals, posture, lifecycle, and the webhook fan-out it enqueues.
 */
export async function runSyntheticScan(
  deps: ProcessorDeps,
  organizationId: string,
  findingsByAccount: ReadonlyMap<string, readonly Finding[]>,
  checkIds: readonly string[] = ['iam-user-console-mfa-enabled'],
): Promise<string> {
  const { store } = deps;
  const scanId = randomUUID();
  const at = new Date();
  await store.scans.create({
    id: scanId,
    organizationId,
    trigger: 'api',
    checkIds,
    regions: null,
    accountCount: findingsByAccount.size,
    createdAt: at,
    orgContext: null,
  });
  await store.scanAccounts.insertMany(
    scanId,
    [...findingsByAccount.keys()].map((accountId) => ({
      accountId,
      accountName: `account ${accountId}`,
      ouPath: 'Root',
      ouIds: ['r-1'],
      roleArn: `arn:aws:iam::${accountId}:role/OrgScanReadOnly`,
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    })),
    at,
  );
  await store.scans.markRunning(scanId, at);
  for (const [accountId, findings] of findingsByAccount) {
    await store.findings.replaceForAccount(scanId, organizationId, accountId, findings);
    await store.scanAccounts.markSucceeded(
      scanId,
      accountId,
      succeededOutcome({
        regionsScanned: ['us-east-1'],
        checksEvaluated: checkIds.length,
        findingsCount: findings.length,
        // As the worker counts them (a check id unknown to the registry counts as global).
        cells: accountCellCoverage(
          checkIds.map((id) => ({ id, scope: findCheck(id)?.scope ?? 'global' })),
          ['us-east-1'],
          findings,
        ),
      }),
      at,
    );
  }
  await processFinalizeScan({ data: { scanId } }, deps);
  return scanId;
}
