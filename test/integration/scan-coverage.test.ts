import { generateOrganization } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { postScan } from '../support/scan-cluster.js';
import { waitFor } from '../support/wait-for.js';

interface Cells {
  judged: number;
  total: number;
  ratio: number;
}

/**
 * Issue 11: an account whose scan ended with ERROR findings is not a plain success. Every account runs,
 * but one of them cannot read EBS default encryption in one region: that cell is not judged, the account
 * and the scan carry the figure, and the scan ends `incomplete`.
 */
describe('coverage: cells judged, and a scan that could not judge them all says so', () => {
  const org = generateOrganization({ accounts: 3, regions: 2 });
  const regions = org.regions.map((region) => region.name);
  const blind = org.accounts.find((account) => account.id !== org.managementAccountId)!;
  const checks = ['ec2-ebs-encryption-by-default-enabled', 'iam-root-mfa-enabled'];
  let orgscan: InProcessOrgscan;

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({
      org,
      knobs: {
        faults: [
          {
            accountId: blind.id,
            region: regions[0],
            operation: 'ec2:GetEbsEncryptionByDefault',
            code: 'AccessDenied',
            httpStatus: 403,
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  const get = async <T>(path: string) => {
    const response = await orgscan.fetch(path);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  /** Final and folded into the posture (the current summary and the accounts read the posture). */
  const finishedScan = (scanId: string) =>
    waitFor(`scan ${scanId} to be final and folded into the posture`, async () => {
      const response = await orgscan.fetch(`/v1/scans/${scanId}`);
      const body = (await response.json()) as { postureAppliedAt: string | null };
      return body.postureAppliedAt ? body : undefined;
    });

  it('ends incomplete: each account and the scan carry the share of cells judged', async () => {
    const scanId = await postScan(orgscan, { checks });
    await finishedScan(scanId);
    const scan = await get<{
      status: string;
      coverage: { cells: Cells & { notScannedPerAccount: number } };
      accounts: { accountId: string; status: string; coverage: Cells | null }[];
    }>(`/v1/scans/${scanId}`);

    // One regional check in two regions and one global check: three cells per account.
    const accounts = org.accounts.length;
    expect(scan.status).toBe('incomplete');
    expect(scan.coverage.cells).toEqual({
      judged: 3 * accounts - 1,
      total: 3 * accounts,
      ratio: (3 * accounts - 1) / (3 * accounts),
      notScannedPerAccount: 3,
    });
    const coverageOf = new Map(scan.accounts.map((account) => [account.accountId, account]));
    expect(coverageOf.get(blind.id)).toMatchObject({
      status: 'succeeded',
      coverage: { judged: 2, total: 3, ratio: 2 / 3 },
    });
    for (const account of scan.accounts.filter((entry) => entry.accountId !== blind.id)) {
      expect(account.coverage).toEqual({ judged: 3, total: 3, ratio: 1 });
    }

    // Stored per account at the end of its scan, so finalize only sums the rows.
    const { rows } = await orgscan.database.pool.query<{ cells_judged: number; cells_total: number }>(
      'SELECT cells_judged, cells_total FROM scan_accounts WHERE scan_id = $1 AND account_id = $2',
      [scanId, blind.id],
    );
    expect(rows).toEqual([{ cells_judged: 2, cells_total: 3 }]);

    const summary = await get<{ coverage: { scan: { status: string; coverage: { cells: Cells } } } }>(
      `/v1/scans/${scanId}/summary`,
    );
    expect(summary.coverage.scan).toMatchObject({
      status: 'incomplete',
      coverage: { cells: scan.coverage.cells },
    });
    const current = await get<{ coverage: { scan: { id: string; coverage: { cells: Cells } } } }>(
      '/v1/summary',
    );
    expect(current.coverage.scan).toMatchObject({ id: scanId, coverage: { cells: scan.coverage.cells } });

    const listed = await get<{ items: { accountId: string; lastScan: { coverage: Cells | null } }[] }>(
      '/v1/accounts',
    );
    expect(listed.items.find((item) => item.accountId === blind.id)?.lastScan.coverage).toEqual({
      judged: 2,
      total: 3,
      ratio: 2 / 3,
    });
  }, 120_000);

  it('ends completed when every cell was judged', async () => {
    const scanId = await postScan(orgscan, { checks: ['iam-root-mfa-enabled'] });
    await finishedScan(scanId);
    const scan = await get<{ status: string; coverage: { cells: Cells } }>(`/v1/scans/${scanId}`);
    expect(scan.status).toBe('completed');
    expect(scan.coverage.cells).toMatchObject({
      judged: org.accounts.length,
      total: org.accounts.length,
      ratio: 1,
    });
  }, 120_000);
});
