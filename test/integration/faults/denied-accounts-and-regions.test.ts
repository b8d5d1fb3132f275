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
      check_id: string;
      region: string;
      status: string;
      error_code: string | null;
    }>('SELECT account_id, check_id, region, status, error_code FROM findings WHERE scan_id = $1', [scanId]);
    expect(rows.filter((row) => deniedAccounts.includes(row.account_id))).toEqual([]);
    expect(rows.filter((row) => notEnabled.includes(row.region))).toEqual([]);
    // The SCP-denied region is recorded once per member: one SKIPPED finding with the AWS code, nothing else
    // there. SCPs never apply to the management account, as in AWS: it is evaluated there.
    const members = scan.accounts
      .filter((account) => account.status === 'succeeded' && account.accountId !== org.managementAccountId)
      .map((account) => account.accountId)
      .sort();
    expect(members).toHaveLength(org.accounts.length - 4);
    const inScpRegion = rows.filter(
      (row) => row.region === scpRegion && row.account_id !== org.managementAccountId,
    );
    expect(
      inScpRegion.map((row) => [row.account_id, row.check_id, row.status, row.error_code]).sort(),
    ).toEqual(members.map((id) => [id, 'region-denied-by-policy', 'SKIPPED', 'AccessDenied']));
    expect(
      rows.filter((row) => row.region === scpRegion && row.account_id === org.managementAccountId).length,
    ).toBeGreaterThan(1);
    // It poisons no other verdict: no AccessDenied anywhere else, account-wide ones included.
    expect(rows.filter((row) => row.error_code === 'AccessDenied' && row.status !== 'SKIPPED')).toEqual([]);
    // Other regions were evaluated: PASS and FAIL findings exist outside the denied region.
    const elsewhere = rows.filter((row) => row.region !== scpRegion && row.region !== 'global');
    const statusesElsewhere = new Set(elsewhere.map((row) => row.status));
    expect(statusesElsewhere.has('PASS') && statusesElsewhere.has('FAIL')).toBe(true);

    // Recorded per account (scan_accounts) and answered by the API, with the AWS error.
    const { rows: accountRows } = await orgscan.database.pool.query<{
      account_id: string;
      regions_not_enabled: string[];
      regions_scanned: string[];
      regions_denied_by_policy: { region: string; code: string; message: string }[];
    }>(
      `SELECT account_id, regions_not_enabled, regions_scanned, regions_denied_by_policy
       FROM scan_accounts WHERE scan_id = $1 AND status = 'succeeded'`,
      [scanId],
    );
    expect(accountRows).toHaveLength(org.accounts.length - 3);
    for (const account of accountRows) {
      expect(account.regions_not_enabled).toEqual(notEnabled.slice().sort());
      if (account.account_id === org.managementAccountId) {
        expect(account.regions_scanned).toContain(scpRegion);
        expect(account.regions_denied_by_policy).toEqual([]);
        continue;
      }
      expect(account.regions_scanned).not.toContain(scpRegion);
      expect(account.regions_scanned.length).toBeGreaterThan(0);
      expect(account.regions_denied_by_policy).toEqual([
        {
          region: scpRegion,
          code: 'AccessDenied',
          message: expect.stringContaining('explicit deny in a service control policy'),
        },
      ]);
    }
    // The denied regions' findings are no check's: the scan's coverage counts the checks that ran.
    const summary = (await (await orgscan.fetch(`/v1/scans/${scanId}`)).json()) as {
      coverage: { checksSelected: number; checksEvaluated: number };
    };
    const checksJudged = new Set(
      rows
        .filter((row) => row.status !== 'ERROR' && row.check_id !== 'region-denied-by-policy')
        .map((row) => row.check_id),
    );
    expect(summary.coverage.checksEvaluated).toBe(checksJudged.size);
    expect(summary.coverage.checksEvaluated).toBeLessThanOrEqual(summary.coverage.checksSelected);
    const answered = scan.accounts.find((account) => account.accountId === members[0]);
    expect(answered?.regionsDeniedByPolicy?.map((denial) => [denial.region, denial.code])).toEqual([
      [scpRegion, 'AccessDenied'],
    ]);
  }, 120_000);
});
