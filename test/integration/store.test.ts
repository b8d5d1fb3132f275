import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@orgscan/checks';
import { findingFingerprint, InvalidCursorError, MIGRATIONS_DIR, migrate } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeededOutcome } from '../support/account-outcome.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.store.organizations.upsert({
    id: 'default',
    name: 'Default',
    managementRoleArn: null,
    memberRoleName: 'OrgScanReadOnly',
    externalId: null,
  });
});
afterAll(async () => {
  await db?.drop();
});

const scanId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function finding(accountId: string, resource: string, status: Finding['status'] = 'FAIL'): Finding {
  return {
    checkId: 'iam-root-mfa-enabled',
    accountId,
    region: 'global',
    status,
    severity: 'critical',
    resourceId: resource,
    resourceType: 'AwsAccount',
    message: `${status} for ${resource}`,
    errorCode: null,
    evidence: { note: resource },
  };
}

describe('migrations', () => {
  it('apply once: a second run applies nothing', async () => {
    expect(await migrate(db.pool)).toEqual([]);
  });

  it('refuse a migration that changed after it was applied', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'orgscan-migrations-'));
    writeFileSync(join(directory, '0001_initial.sql'), '-- edited\nSELECT 1;');
    await expect(migrate(db.pool, directory)).rejects.toThrow(/changed after it was applied/);
    expect(MIGRATIONS_DIR).toMatch(/packages\/core\/migrations$/);
  });
});

describe('scans', () => {
  it('list most recent first, page by page with a cursor', async () => {
    for (let n = 1; n <= 5; n += 1) {
      await db.store.scans.create({
        id: scanId(n),
        organizationId: 'default',
        trigger: 'api',
        checkIds: ['iam-root-mfa-enabled'],
        regions: null,
        accountCount: 0,
        orgContext: null,
        // Two scans share a timestamp: the id breaks the tie, nothing is skipped or repeated.
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n === 5 ? 4 : n)),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await db.store.scans.list({ limit: 2, cursor });
      seen.push(...page.items.map((scan) => scan.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([scanId(5), scanId(4), scanId(3), scanId(2), scanId(1)]);
  });

  it('reject a cursor it did not issue', async () => {
    await expect(db.store.scans.list({ limit: 2, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

describe('scan accounts: coverage cells', () => {
  it("sum the succeeded accounts' cells, count failed and cancelled ones as not scanned, skipped ones not at all", async () => {
    const id = scanId(40);
    await db.store.scans.create({
      id,
      organizationId: 'default',
      trigger: 'api',
      checkIds: ['iam-root-mfa-enabled', 'ec2-ebs-encryption-by-default-enabled'],
      regions: null,
      accountCount: 5,
      orgContext: null,
      createdAt: new Date(Date.UTC(2026, 1, 1)),
    });
    const account = (accountId: string, status: 'pending' | 'skipped') => ({
      accountId,
      accountName: accountId,
      ouPath: 'Root',
      ouIds: ['r-1'],
      roleArn: `arn:aws:iam::${accountId}:role/OrgScanReadOnly`,
      status,
      reasonCategory: status === 'skipped' ? ('out-of-scope' as const) : null,
      reasonDetail: status === 'skipped' ? 'excluded by the scope' : null,
    });
    const at = new Date(Date.UTC(2026, 1, 1, 0, 1));
    await db.store.scanAccounts.insertMany(
      id,
      [
        account('100000000001', 'pending'),
        account('100000000002', 'pending'),
        account('100000000003', 'pending'),
        account('100000000004', 'pending'),
        account('100000000005', 'skipped'),
      ],
      at,
    );
    const outcome = (judged: number) =>
      succeededOutcome({
        regionsScanned: ['eu-west-1', 'us-east-1'],
        checksEvaluated: 2,
        findingsCount: 3,
        errorCount: 3 - judged,
        apiCalls: 3,
        durationMs: 10,
        cells: { judged, total: 3 },
      });
    await db.store.scanAccounts.markSucceeded(id, '100000000001', outcome(3), at);
    await db.store.scanAccounts.markSucceeded(id, '100000000002', outcome(1), at);
    await db.store.scanAccounts.markFailed(
      id,
      '100000000003',
      { category: 'assume-role-denied', detail: 'AccessDenied' },
      { apiCalls: 1, throttles: 0 },
      at,
    );
    await db.store.scanAccounts.markCancelled(id, { removed: ['100000000004'], notStarted: [] }, at);
    expect(await db.store.scanAccounts.cellSums(id)).toEqual({
      judged: 4,
      total: 6,
      notScanned: 2,
      unrecorded: 0,
    });
    expect((await db.store.scanAccounts.get(id, '100000000002'))?.cells).toEqual({ judged: 1, total: 3 });

    // A failed account that is retried loses its cells until it has a result again.
    await db.store.scanAccounts.markFailed(
      id,
      '100000000002',
      { category: 'assume-role-failed', detail: 'Throttling' },
      { apiCalls: 1, throttles: 1 },
      at,
    );
    expect((await db.store.scanAccounts.get(id, '100000000002'))?.cells).toBeNull();
    expect(await db.store.scanAccounts.cellSums(id)).toMatchObject({ judged: 3, total: 3, notScanned: 3 });
  });

  it('refuse more cells judged than there are', async () => {
    const id = scanId(41);
    await db.store.scans.create({
      id,
      organizationId: 'default',
      trigger: 'api',
      checkIds: ['iam-root-mfa-enabled'],
      regions: null,
      accountCount: 1,
      orgContext: null,
      createdAt: new Date(Date.UTC(2026, 1, 2)),
    });
    const at = new Date(Date.UTC(2026, 1, 2, 0, 1));
    await db.store.scanAccounts.insertMany(
      id,
      [
        {
          accountId: '100000000001',
          accountName: 'one',
          ouPath: 'Root',
          ouIds: ['r-1'],
          roleArn: 'arn:aws:iam::100000000001:role/OrgScanReadOnly',
          status: 'pending',
          reasonCategory: null,
          reasonDetail: null,
        },
      ],
      at,
    );
    await expect(
      db.store.scanAccounts.markSucceeded(
        id,
        '100000000001',
        succeededOutcome({ regionsScanned: [], findingsCount: 1, cells: { judged: 2, total: 1 } }),
        at,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('findings', () => {
  it('replace the findings of an account: rerunning with the same set stores the same rows', async () => {
    const set = [
      finding('111111111111', 'a'),
      finding('111111111111', 'b', 'PASS'),
      finding('222222222222', 'c'),
    ];
    await db.store.findings.replaceForAccount(scanId(1), 'default', '111111111111', set.slice(0, 2));
    await db.store.findings.replaceForAccount(scanId(1), 'default', '222222222222', set.slice(2));
    const first = await db.store.findings.listForScan(scanId(1), { limit: 100 });
    await db.store.findings.replaceForAccount(scanId(1), 'default', '111111111111', set.slice(0, 2));
    const second = await db.store.findings.listForScan(scanId(1), { limit: 100 });
    expect(second).toEqual(first);
    expect(first.items).toHaveLength(3);
    expect(first.items[0]?.fingerprint).toBe(
      findingFingerprint({
        organizationId: 'default',
        accountId: '111111111111',
        region: 'global',
        checkId: 'iam-root-mfa-enabled',
        resourceId: 'a',
      }),
    );
  });

  it('replace drops what a rerun no longer finds, for that account only', async () => {
    await db.store.findings.replaceForAccount(scanId(1), 'default', '111111111111', [
      finding('111111111111', 'a'),
    ]);
    const page = await db.store.findings.listForScan(scanId(1), { limit: 100 });
    expect(page.items.map((item) => item.resourceId)).toEqual(['a', 'c']);
  });

  it('write large batches in one call', async () => {
    const many = Array.from({ length: 12_000 }, (_, index) =>
      finding('333333333333', `r-${String(index).padStart(5, '0')}`),
    );
    await db.store.findings.replaceForAccount(scanId(2), 'default', '333333333333', many);
    const totals = await db.store.findings.totals(scanId(2));
    expect(totals.findings).toBe(12_000);
    expect(totals.failedBySeverity.critical).toBe(12_000);
  });

  it('filter and page findings with a stable order', async () => {
    const page1 = await db.store.findings.listForScan(scanId(2), { limit: 5000, status: ['FAIL'] });
    const page2 = await db.store.findings.listForScan(scanId(2), {
      limit: 5000,
      status: ['FAIL'],
      cursor: page1.nextCursor ?? undefined,
    });
    expect(page1.items[0]?.resourceId).toBe('r-00000');
    expect(page2.items[0]?.resourceId).toBe('r-05000');
    const none = await db.store.findings.listForScan(scanId(2), { limit: 10, status: ['PASS'] });
    expect(none).toEqual({ items: [], nextCursor: null });
  });
});
