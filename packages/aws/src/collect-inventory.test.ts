import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GetServiceSettingCommand, SSMClient } from '@aws-sdk/client-ssm';
import { checks, runChecks } from '@orgscan/checks';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from './aws-api.js';
import { type CollectInventoryInput, collectInventory, notOffered } from './collect-inventory.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from './test-support/mock-api.js';

const iam = mockClient(IAMClient);

beforeEach(() => {
  iam.reset();
  iam.on(GetAccountSummaryCommand).resolves({
    SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 2 },
  });
  iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 14 } });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({
    Content: new TextEncoder().encode(
      `user,arn,mfa_active\n<root_account>,arn:aws:iam::${TEST_ACCOUNT_ID}:root,true`,
    ),
    GeneratedTime: new Date('2026-05-31T23:00:00Z'),
  });
});

afterAll(() => {
  iam.restore();
});

/** The Security Hub check run on a collected inventory, as a member account's evaluation runs it. */
function securityHubFindings(inventory: Awaited<ReturnType<typeof collectInventory>>) {
  return runChecks({
    checks: checks.filter((check) => check.id === 'securityhub-hub-enabled'),
    inventory,
    account: {
      id: TEST_ACCOUNT_ID,
      name: 'test',
      email: 'a@example.com',
      partition: 'aws',
      isManagementAccount: false,
    },
    org: { organizationId: 'o-test', managementAccountId: TEST_ACCOUNT_ID },
    now: new Date('2026-06-01T00:00:00Z'),
  });
}

function input(api: AwsApi, overrides: Partial<CollectInventoryInput> = {}): CollectInventoryInput {
  return {
    api,
    accountId: TEST_ACCOUNT_ID,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: ['us-east-1', 'eu-west-1'],
    slices: ['iam.accountSummary', 'iam.passwordPolicy', 'iam.credentialReport'],
    sleep: async () => {},
    ...overrides,
  };
}

describe('collectInventory', () => {
  it('collects every required slice', async () => {
    const inventory = await collectInventory(input(mockedApi().api));

    expect(inventory.global['iam.accountSummary']).toEqual({
      ok: true,
      value: { accountMfaEnabled: true, accountAccessKeysPresent: false, users: 2 },
    });
    expect(inventory.global['iam.passwordPolicy']).toMatchObject({
      ok: true,
      value: { minimumPasswordLength: 14 },
    });
    expect(inventory.global['iam.credentialReport']).toMatchObject({
      ok: true,
      value: { root: { user: '<root_account>', mfaActive: true }, users: [] },
    });
    expect(inventory.regions).toEqual({ 'us-east-1': {}, 'eu-west-1': {} });
  });

  it('records the AWS error code for a failed slice and still collects the others', async () => {
    iam
      .on(GetAccountPasswordPolicyCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized to perform: iam:GetAccountPasswordPolicy'));

    const inventory = await collectInventory(input(mockedApi().api));

    expect(inventory.global['iam.passwordPolicy']).toEqual({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: 'not authorized to perform: iam:GetAccountPasswordPolicy',
        operation: 'iam:GetAccountPasswordPolicy',
      },
    });
    expect(inventory.global['iam.accountSummary']?.ok).toBe(true);
    expect(inventory.global['iam.credentialReport']?.ok).toBe(true);
  });

  it('records the throttling code when a slice stays throttled', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('Throttling', 400, 'Rate exceeded'));

    const inventory = await collectInventory(input(mockedApi().api));

    expect(inventory.global['iam.accountSummary']).toMatchObject({
      ok: false,
      error: { code: 'Throttling', operation: 'iam:GetAccountSummary' },
    });
    expect(inventory.global['iam.passwordPolicy']?.ok).toBe(true);
  });

  it('names the slice as the operation when a collector fails with a non-AWS error', async () => {
    iam.on(GetCredentialReportCommand).resolves({
      Content: new TextEncoder().encode('not,a,report'),
      GeneratedTime: new Date('2026-05-31T23:00:00Z'),
    });

    const inventory = await collectInventory(input(mockedApi().api));

    expect(inventory.global['iam.credentialReport']).toMatchObject({
      ok: false,
      error: { code: 'UnknownError', operation: 'iam.credentialReport' },
    });
  });

  it('collects only the required slices, each once', async () => {
    const { api, stats } = mockedApi();

    const inventory = await collectInventory(
      input(api, { slices: ['iam.accountSummary', 'iam.accountSummary'] }),
    );

    expect(Object.keys(inventory.global)).toEqual(['iam.accountSummary']);
    expect(Object.fromEntries(stats.byOperation)).toEqual({ 'iam:GetAccountSummary': 1 });
  });

  it('calls global services in the home region', async () => {
    const { api, stats } = mockedApi();

    await collectInventory(input(api, { homeRegion: 'us-east-1', regions: ['eu-west-1'] }));

    const regions = new Set([...stats.byRequest.keys()].map((key) => key.split('|')[0]));
    expect(regions).toEqual(new Set(['us-east-1']));
  });
});

describe('a service AWS does not offer in a region', () => {
  it('is a not-applicable slice there, which checks report as SKIPPED', () => {
    expect(notOffered('securityhub.hub', 'xx-example-1')).toEqual({
      ok: false,
      error: {
        code: 'ServiceNotOffered',
        message: 'AWS does not offer securityhub in xx-example-1',
        operation: 'securityhub.hub',
        notApplicable: true,
      },
    });
  });
});

describe('a region where the service has no endpoint', () => {
  const securityHub = mockClient(SecurityHubClient);
  afterAll(() => securityHub.restore());

  /** What Node's resolver reports for a host DNS does not know, through the SDK. */
  const noSuchHost = (host: string) =>
    Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host });

  it('reads as not applicable there, so Security Hub is SKIPPED there and still ERROR on a real denial', async () => {
    securityHub.reset();
    securityHub.on(DescribeHubCommand).callsFake(async (_input, getClient) => {
      const region = await getClient().config.region();
      if (region === 'xx-newregion-1') throw noSuchHost(`securityhub.${region}.amazonaws.com`);
      throw awsError('AccessDeniedException', 403);
    });

    const inventory = await collectInventory(
      input(mockedApi().api, { regions: ['xx-newregion-1', 'eu-west-1'], slices: ['securityhub.hub'] }),
    );

    expect(inventory.regions['xx-newregion-1']?.['securityhub.hub']).toEqual({
      ok: false,
      error: {
        code: 'ENOTFOUND',
        message: 'getaddrinfo ENOTFOUND securityhub.xx-newregion-1.amazonaws.com',
        operation: 'securityhub:DescribeHub',
        notApplicable: true,
      },
    });
    expect(inventory.regions['eu-west-1']?.['securityhub.hub']).toMatchObject({
      ok: false,
      error: { code: 'AccessDeniedException' },
    });
    expect(inventory.regions['eu-west-1']?.['securityhub.hub']).not.toHaveProperty('error.notApplicable');

    const findings = securityHubFindings(inventory);
    expect(findings.map((finding) => [finding.region, finding.status, finding.errorCode])).toEqual([
      ['eu-west-1', 'ERROR', 'AccessDeniedException'],
      ['xx-newregion-1', 'SKIPPED', null],
    ]);
  });

  it('is not concluded from a missing host of another region (a proxy or DNS failure stays an ERROR)', async () => {
    securityHub.reset();
    securityHub.on(DescribeHubCommand).rejects(noSuchHost('proxy.corp.example'));

    const inventory = await collectInventory(
      input(mockedApi().api, { regions: ['eu-west-1'], slices: ['securityhub.hub'] }),
    );

    expect(inventory.regions['eu-west-1']?.['securityhub.hub']).toEqual({
      ok: false,
      error: {
        code: 'ENOTFOUND',
        message: 'getaddrinfo ENOTFOUND proxy.corp.example',
        operation: 'securityhub:DescribeHub',
      },
    });
  });
});

describe('a region denied by an organization policy', () => {
  const securityHub = mockClient(SecurityHubClient);
  const guardDuty = mockClient(GuardDutyClient);
  const ssm = mockClient(SSMClient);
  afterAll(() => {
    securityHub.restore();
    guardDuty.restore();
    ssm.restore();
  });

  const scpDeny = (action: string) =>
    awsError(
      'AccessDeniedException',
      403,
      `User: arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/orgscan/s is not authorized to perform: ${action} with an explicit deny in a service control policy`,
    );
  /** Answers by region: every call in sa-east-1 is denied by an SCP, the rest answer. */
  const regionDeniedEverywhereIn = (denied: string) => {
    securityHub.reset();
    guardDuty.reset();
    securityHub.on(DescribeHubCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === denied) throw scpDeny('securityhub:DescribeHub');
      return { HubArn: 'arn:aws:securityhub:eu-west-1:123456789012:hub/default' };
    });
    guardDuty.on(ListDetectorsCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === denied) throw scpDeny('guardduty:ListDetectors');
      return { DetectorIds: [] };
    });
    // A collector that keeps each field's error in its value (the slice itself reads as collected).
    ssm.reset();
    ssm.on(GetServiceSettingCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === denied) throw scpDeny('ssm:GetServiceSetting');
      return { ServiceSetting: { SettingValue: 'Enable' } };
    });
  };
  const slices = ['securityhub.hub', 'guardduty.detectors', 'ssm.serviceSettings'] as const;

  it('is left out of the regions and recorded once with its error, at no call of its own', async () => {
    regionDeniedEverywhereIn('sa-east-1');
    const { api, stats } = mockedApi();

    const inventory = await collectInventory(
      input(api, { regions: ['eu-west-1', 'sa-east-1'], slices: [...slices] }),
    );

    expect(Object.keys(inventory.regions)).toEqual(['eu-west-1']);
    expect(inventory.deniedByPolicy).toEqual([
      {
        region: 'sa-east-1',
        code: 'AccessDeniedException',
        message: expect.stringContaining(
          'securityhub:DescribeHub with an explicit deny in a service control policy',
        ),
      },
    ]);
    // The calls the scan makes anyway, once each (a denial is not retried), and nothing else.
    expect(Object.fromEntries(stats.byOperation)).toEqual({
      'securityhub:DescribeHub': 2,
      'guardduty:ListDetectors': 2,
      'ssm:GetServiceSetting': 4,
    });
  });

  it('is not concluded from an identity-policy denial, nor from an SCP denying one action of a readable region', async () => {
    securityHub.reset();
    guardDuty.reset();
    // An IAM deny everywhere in the region: the role's own permissions, to fix, so ERROR findings.
    securityHub
      .on(DescribeHubCommand)
      .rejects(awsError('AccessDeniedException', 403, 'not authorized to perform: securityhub:DescribeHub'));
    // An SCP that denies one service: the region is still read, that service's checks are ERROR.
    guardDuty.on(ListDetectorsCommand).rejects(scpDeny('guardduty:ListDetectors'));
    const identityDenied = await collectInventory(
      input(mockedApi().api, { regions: ['sa-east-1'], slices: ['securityhub.hub'] }),
    );
    const oneActionDenied = await collectInventory(
      input(mockedApi().api, { regions: ['sa-east-1'], slices: [...slices] }),
    );
    securityHub.on(DescribeHubCommand).resolves({});
    const readable = await collectInventory(
      input(mockedApi().api, { regions: ['sa-east-1'], slices: [...slices] }),
    );

    expect(identityDenied.deniedByPolicy).toBeUndefined();
    expect(identityDenied.regions['sa-east-1']?.['securityhub.hub']).toMatchObject({
      ok: false,
      error: { code: 'AccessDeniedException' },
    });
    expect(oneActionDenied.deniedByPolicy).toBeUndefined();
    expect(readable.deniedByPolicy).toBeUndefined();
    expect(readable.regions['sa-east-1']?.['guardduty.detectors']).toMatchObject({
      ok: false,
      error: { code: 'AccessDeniedException' },
    });
  });

  it('poisons no account-wide verdict: checks judge from the regions that were read', async () => {
    regionDeniedEverywhereIn('sa-east-1');
    const inventory = await collectInventory(
      input(mockedApi().api, { regions: ['eu-west-1', 'sa-east-1'], slices: [...slices] }),
    );
    const findings = securityHubFindings(inventory);
    expect(findings.map((finding) => [finding.checkId, finding.region, finding.status])).toEqual([
      ['securityhub-hub-enabled', 'eu-west-1', 'PASS'],
      ['region-denied-by-policy', 'sa-east-1', 'SKIPPED'],
    ]);
  });
});
