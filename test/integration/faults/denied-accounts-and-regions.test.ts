import { generateOrganization, OPT_IN_REGIONS } from '@orgscan/aws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../../support/in-process-orgscan.js';
import { postScan, waitForFinalScan } from '../../support/scan-cluster.js';

describe('fault: roles denied in 10% of accounts, regions not enabled, a region denied by an SCP', () => {
  const scpRegion = 'ap-northeast-2';
  const org = generateOrganization({
    accounts: 30,
    regions: 4,
    deniedRoleRate: 0.1,
    disabledOptInRegions: 2,
    scpDeniedRegions: [scpRegion],
  });
  const deniedAccounts = org.accounts
    .filter((account) => !account.roleAssumable)
    .map((account) => account.id);
  const notEnabled: string[] = OPT_IN_REGIONS.slice(0, 2);
  let orgscan: InProcessOrgscan;

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan({ org, concurrency: 8 });
  });
  afterAll(async () => {
    await orgscan?.close();
  });

  it('the rest completes; statuses, reasons and findings are as DESIGN.md says, never PASS for what was not read', async () => {
    expect(deniedAccounts).toHaveLength(3);
    expect(org.regions.map((region) => region.name)).toContain(scpRegion);
    const scanId = await postScan(orgscan);
    const scan = await waitForFinalScan(orgscan, scanId);
    expect(scan.status).toBe('partial');

    const denied = scan.accounts.filter((account) => deniedAccounts.includes(account.accountId));
    expect(denied.map((account) => [account.status, account.reason?.category])).toEqual(
      deniedAccounts.map(() => ['failed', 'assume-role-denied']),
    );
    expect(denied.every((account) => account.reason?.detail.includes('AccessDenied'))).toBe(true);
    expect(scan.accounts.filter((account) => account.status === 'succeeded')).toHaveLength(
      org.accounts.length - 3,
    );

    const { rows } = await orgscan.database.pool.query<{
      account_id: string;
      region: string;
      status: string;
      error_code: string | null;
    }>('SELECT account_id, region, status, error_code FROM findings WHERE scan_id = $1', [scanId]);
    expect(rows.filter((row) => deniedAccounts.includes(row.account_id))).toEqual([]);
    expect(rows.filter((row) => notEnabled.includes(row.region))).toEqual([]);
    // SCPs never apply to the management account, as in AWS.
    const inScpRegion = rows.filter(
      (row) => row.region === scpRegion && row.account_id !== org.managementAccountId,
    );
    expect(inScpRegion.length).toBeGreaterThan(0);
    expect(inScpRegion.filter((row) => row.status !== 'ERROR' || row.error_code !== 'AccessDenied')).toEqual(
      [],
    );
    // Other regions were evaluated: PASS and FAIL findings exist outside the denied region.
    const elsewhere = rows.filter((row) => row.region !== scpRegion && row.region !== 'global');
    const statusesElsewhere = new Set(elsewhere.map((row) => row.status));
    expect(statusesElsewhere.has('PASS') && statusesElsewhere.has('FAIL')).toBe(true);

    const { rows: accountRows } = await orgscan.database.pool.query<{
      regions_not_enabled: string[];
      regions_scanned: string[];
    }>(
      `SELECT regions_not_enabled, regions_scanned FROM scan_accounts WHERE scan_id = $1 AND status = 'succeeded'`,
      [scanId],
    );
    for (const account of accountRows) {
      expect(account.regions_not_enabled).toEqual(notEnabled.slice().sort());
      expect(account.regions_scanned).toContain(scpRegion);
    }
  }, 120_000);
});
