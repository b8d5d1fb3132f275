import { AwsCallError, DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks, findCheck } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { enumerateScanAccounts, planOrganizationScan } from './organization-plan.js';
import { SCAN_ID, simulatedAws } from './test-support/simulated-aws.js';

const base = {
  management: { roleArn: null, externalId: null },
  partition: 'aws',
  memberRoleName: 'OrgScanReadOnly',
  scope: { ouInclude: [], ouExclude: [], accountTagFilters: [] },
};

describe('planning an organization scan', () => {
  it('lists every account: ACTIVE ones to scan, the others skipped with the reason', async () => {
    const { aws } = simulatedAws();
    const planned = await enumerateScanAccounts(aws, base);
    expect(planned.organizationId).toBe('o-demo123456');
    expect(planned.managementAccountId).toBe(DEMO_ACCOUNTS.management);
    expect(planned.accounts).toHaveLength(9);
    expect(planned.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.retiredApp)).toMatchObject({
      status: 'skipped',
      reasonCategory: 'account-suspended',
    });
    expect(planned.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.prodWeb)).toMatchObject({
      status: 'pending',
      roleArn: `arn:aws:iam::${DEMO_ACCOUNTS.prodWeb}:role/OrgScanReadOnly`,
      ouPath: 'Root/Workloads/Production',
    });
  });

  it('records accounts outside the OU scope or the account list as skipped out-of-scope', async () => {
    const { aws } = simulatedAws();
    const planned = await enumerateScanAccounts(aws, {
      ...base,
      scope: {
        ouInclude: ['ou-demo1-workload1'],
        ouExclude: ['ou-demo1-developm1'],
        accountTagFilters: [],
        accountIds: [DEMO_ACCOUNTS.prodWeb, DEMO_ACCOUNTS.devSandbox, DEMO_ACCOUNTS.management],
      },
    });
    const status = Object.fromEntries(planned.accounts.map((account) => [account.accountId, account.status]));
    expect(status[DEMO_ACCOUNTS.prodWeb]).toBe('pending');
    expect(status[DEMO_ACCOUNTS.devSandbox]).toBe('skipped');
    expect(status[DEMO_ACCOUNTS.management]).toBe('skipped');
    expect(status[DEMO_ACCOUNTS.prodData]).toBe('skipped');
    expect(
      planned.accounts.find((account) => account.accountId === DEMO_ACCOUNTS.prodData)?.reasonDetail,
    ).toMatch(/not one of the accounts asked for/);
  });

  it('collects the management context only when a selected check needs it', async () => {
    const { aws } = simulatedAws();
    const withContext = await planOrganizationScan(aws, {
      ...base,
      externalId: 'orgscan-demo-external-id',
      scanId: SCAN_ID,
      checks,
      sleep: async () => {},
    });
    expect(withContext.orgContext).toMatchObject({ inventory: expect.any(Object) });
    const without = await planOrganizationScan(aws, {
      ...base,
      externalId: 'orgscan-demo-external-id',
      scanId: SCAN_ID,
      checks: [findCheck('iam-root-mfa-enabled')!],
      sleep: async () => {},
    });
    expect(without.orgContext).toBeNull();
  });

  it('throws the AWS error when Organizations cannot be read', async () => {
    const { aws } = simulatedAws({
      faults: [{ operation: 'organizations:ListAccounts', code: 'AccessDeniedException', httpStatus: 403 }],
    });
    await expect(enumerateScanAccounts(aws, base)).rejects.toBeInstanceOf(AwsCallError);
  });
});
