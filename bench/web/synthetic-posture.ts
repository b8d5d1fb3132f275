import { randomUUID } from 'node:crypto';
import { accountCellCoverage, checks } from '@orgscan/checks';
import { computeScanSummary, type Store } from '@orgscan/core';
import { accountFindings, accountIdOf, BENCH_REGIONS } from '../api/synthetic-findings.js';

/** OUs: 10 business units, each with prod and dev beneath it (accounts two levels deep). */
export function ouOf(account: number) {
  const unit = account % 10;
  const env = account % 2 === 0 ? 'prod' : 'dev';
  return {
    ids: ['r-bnch', `ou-bnch-unit000${unit}`, `ou-bnch-u${unit}${env}0000`],
    path: `Root/unit${unit}/${env}`,
  };
}

export async function seedOrganization(
  store: Store,
  organizationId: string,
  accounts: number,
): Promise<void> {
  await store.organizations.upsert({
    id: organizationId,
    name: 'Bench',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
  await store.accounts.upsertMany(
    organizationId,
    Array.from({ length: accounts }, (_, index) => ({
      id: accountIdOf(index),
      name: `account-${index}`,
      email: null,
      state: 'ACTIVE' as const,
      joinedAt: null,
      ouIds: ouOf(index).ids,
      ouPath: ouOf(index).path,
    })),
    new Date(),
  );
}

/**
 * One scan written as the workers write it (per account: findings and status in one transaction), then
 * finalized and folded into the posture as finalize-scan does. Returns its id.
 */
export async function ingestScan(
  store: Store,
  organizationId: string,
  accounts: number,
  perAccount: number,
  scanNumber: number,
  writers: number,
): Promise<string> {
  const scanId = randomUUID();
  const createdAt = new Date(Date.now() - (10 - scanNumber) * 86_400_000);
  await store.scans.create({
    id: scanId,
    organizationId,
    trigger: 'schedule',
    checkIds: checks.map((check) => check.id),
    regions: null,
    accountCount: accounts,
    createdAt,
    orgContext: null,
  });
  await store.scanAccounts.insertMany(
    scanId,
    Array.from({ length: accounts }, (_, index) => ({
      accountId: accountIdOf(index),
      accountName: `account-${index}`,
      ouPath: ouOf(index).path,
      ouIds: ouOf(index).ids,
      roleArn: `arn:aws:iam::${accountIdOf(index)}:role/OrgScanReadOnly`,
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    })),
    createdAt,
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < accounts) {
        const account = next;
        next += 1;
        const findings = accountFindings(account, perAccount, scanNumber);
        await store.transaction(async (tx) => {
          await tx.findings.replaceForAccount(scanId, organizationId, accountIdOf(account), findings);
          await tx.scanAccounts.markSucceeded(
            scanId,
            accountIdOf(account),
            {
              regionsScanned: [...BENCH_REGIONS],
              regionsNotEnabled: [],
              regionsDeniedByPolicy: [],
              checksEvaluated: checks.length,
              findingsCount: findings.length,
              errorCount: findings.filter((finding) => finding.status === 'ERROR').length,
              apiCalls: 0,
              throttles: 0,
              maxSameRequest: 1,
              durationMs: 0,
              cells: accountCellCoverage(checks, BENCH_REGIONS, findings),
            },
            createdAt,
          );
        });
      }
    }),
  );
  const { totals, coverage } = await computeScanSummary(store, {
    id: scanId,
    checkIds: checks.map((check) => check.id),
    regions: null,
  });
  await store.scans.finish(scanId, 'completed', totals, coverage, createdAt);
  await store.transaction((tx) => tx.lifecycle.applyScan(scanId, new Date()));
  return scanId;
}
