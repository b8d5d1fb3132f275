import { CallStats, DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks, findCheck } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { enterMemberAccount, scanMemberAccount } from './member-account.js';
import { SCAN_ID, simulatedAws } from './test-support/simulated-aws.js';

const target = (accountId: string, roleName = 'OrgScanReadOnly') => ({
  accountId,
  roleArn: `arn:aws:iam::${accountId}:role/${roleName}`,
  externalId: 'orgscan-demo-external-id',
  scanId: SCAN_ID,
});

function scanInput(accountId: string, overrides: Partial<Parameters<typeof scanMemberAccount>[1]> = {}) {
  return {
    ...target(accountId),
    accountName: 'prod-web',
    accountEmail: null,
    organizationId: 'o-demo123456',
    managementAccountId: DEMO_ACCOUNTS.management,
    orgContext: null,
    regionAllowList: null,
    checks,
    partition: 'aws',
    homeRegion: 'us-east-1',
    now: () => new Date('2026-01-01T00:00:00Z'),
    sleep: async () => {},
    attempts: 3,
    retryDelayMs: () => 0,
    ...overrides,
  };
}

describe('entering a member account', () => {
  it('assumes the role and discovers the enabled regions (opt-in ones the account enabled included)', async () => {
    const { aws } = simulatedAws();
    const entered = await enterMemberAccount(
      aws,
      target(DEMO_ACCOUNTS.devSandbox),
      'us-east-1',
      new CallStats(),
    );
    expect(entered.ok).toBe(true);
    if (!entered.ok) return;
    expect(entered.regions.enabled).toContain('eu-south-1');
    entered.session.close();
  });

  it('categorises a denied AssumeRole as final, with the operation and the code', async () => {
    const { aws } = simulatedAws();
    const entered = await enterMemberAccount(
      aws,
      target(DEMO_ACCOUNTS.devExperiments),
      'us-east-1',
      new CallStats(),
    );
    expect(entered).toMatchObject({
      ok: false,
      failure: {
        category: 'assume-role-denied',
        retryable: false,
        detail: expect.stringMatching(/^sts:AssumeRole failed with AccessDenied: /),
      },
    });
  });

  it('categorises unreadable regions as region-discovery-failed', async () => {
    const { aws } = simulatedAws({
      faults: [
        {
          accountId: DEMO_ACCOUNTS.prodWeb,
          operation: 'ec2:DescribeRegions',
          code: 'UnauthorizedOperation',
          httpStatus: 403,
        },
      ],
    });
    const entered = await enterMemberAccount(
      aws,
      target(DEMO_ACCOUNTS.prodWeb),
      'us-east-1',
      new CallStats(),
    );
    expect(entered).toMatchObject({
      ok: false,
      failure: { category: 'region-discovery-failed', retryable: false },
    });
  });
});

describe('scanning a member account in this process', () => {
  it('evaluates the selected checks in the allowed regions and counts the calls', async () => {
    const { aws } = simulatedAws();
    const selected = [
      findCheck('iam-root-access-keys-absent')!,
      findCheck('ec2-ebs-encryption-by-default-enabled')!,
    ];
    const outcome = await scanMemberAccount(
      aws,
      scanInput(DEMO_ACCOUNTS.prodWeb, { checks: selected, regionAllowList: ['eu-west-1', 'xx-none-1'] }),
    );
    expect(outcome.status).toBe('succeeded');
    if (outcome.status !== 'succeeded') return;
    expect(outcome.regionsScanned).toEqual(['eu-west-1']);
    expect(outcome.checksEvaluated).toBe(2);
    expect(new Set(outcome.findings.map((finding) => finding.region))).toEqual(
      new Set(['global', 'eu-west-1']),
    );
    expect(
      outcome.findings.find((finding) => finding.checkId === 'iam-root-access-keys-absent')?.status,
    ).toBe('FAIL');
    expect(outcome.stats.calls).toBeGreaterThan(2);
    expect(outcome.attempts).toBe(1);
  });

  it('records a region an SCP denies (dev-sandbox sa-east-1) once, evaluates nothing there, and judges account-wide checks elsewhere', async () => {
    const { aws } = simulatedAws();
    const selected = [
      findCheck('ec2-ebs-encryption-by-default-enabled')!,
      findCheck('config-recorder-global-resources-included')!,
    ];
    const outcome = await scanMemberAccount(
      aws,
      scanInput(DEMO_ACCOUNTS.devSandbox, { checks: selected, regionAllowList: ['us-east-1', 'sa-east-1'] }),
    );
    expect(outcome.status).toBe('succeeded');
    if (outcome.status !== 'succeeded') return;
    expect(outcome.regionsScanned).toEqual(['us-east-1']);
    expect(outcome.regionsDeniedByPolicy).toEqual([
      {
        region: 'sa-east-1',
        code: 'AccessDenied',
        message: expect.stringContaining('explicit deny in a service control policy'),
      },
    ]);
    expect(
      outcome.findings
        .map((finding) => [finding.checkId, finding.region, finding.status, finding.errorCode])
        .sort(),
    ).toEqual([
      ['config-recorder-global-resources-included', 'global', 'FAIL', null],
      ['ec2-ebs-encryption-by-default-enabled', 'us-east-1', 'FAIL', null],
      ['region-denied-by-policy', 'sa-east-1', 'SKIPPED', 'AccessDenied'],
    ]);
  });

  it('does not retry a denial, and retries a failure that may pass, up to the attempts', async () => {
    const { aws } = simulatedAws({
      faults: [
        {
          accountId: DEMO_ACCOUNTS.prodData,
          operation: 'ec2:DescribeRegions',
          code: 'InternalError',
          httpStatus: 500,
        },
      ],
    });
    const denied = await scanMemberAccount(aws, scanInput(DEMO_ACCOUNTS.devExperiments));
    expect(denied).toMatchObject({
      status: 'failed',
      attempts: 1,
      failure: { category: 'assume-role-denied' },
    });
    const delays: number[] = [];
    const flaky = await scanMemberAccount(
      aws,
      scanInput(DEMO_ACCOUNTS.prodData, {
        attempts: 3,
        retryDelayMs: (attempt) => attempt * 100,
        sleep: async (ms) => void delays.push(ms),
      }),
    );
    expect(flaky).toMatchObject({
      status: 'failed',
      attempts: 3,
      failure: { category: 'region-discovery-failed', retryable: true },
    });
    expect(delays.filter((ms) => ms >= 100)).toEqual([100, 200]);
  });
});
