import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import {
  iamAccountSummaryCollector,
  iamCredentialReportCollector,
  iamPasswordPolicyCollector,
} from './iam.js';

const iam = mockClient(IAMClient);

beforeEach(() => {
  iam.reset();
});

afterAll(() => {
  iam.restore();
});

function context(api: AwsApi): { ctx: CollectorContext; sleeps: number[] } {
  const sleeps: number[] = [];
  const ctx: CollectorContext = {
    api,
    accountId: TEST_ACCOUNT_ID,
    partition: 'aws',
    region: 'us-east-1',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  return { ctx, sleeps };
}

const accessDenied = (operation: string) =>
  awsError(
    'AccessDenied',
    403,
    `User: arn:aws:sts::${TEST_ACCOUNT_ID}:assumed-role/OrgScan/s is not authorized to perform: ${operation}`,
  );

describe('iamAccountSummaryCollector', () => {
  it('maps the summary counters', async () => {
    iam.on(GetAccountSummaryCommand).resolves({
      SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 1, Users: 12, Groups: 3 },
    });
    const { ctx } = context(mockedApi().api);

    await expect(iamAccountSummaryCollector.collect(ctx)).resolves.toEqual({
      accountMfaEnabled: true,
      accountAccessKeysPresent: true,
      users: 12,
    });
  });

  it('reads zero counters as false', async () => {
    iam.on(GetAccountSummaryCommand).resolves({
      SummaryMap: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, Users: 0 },
    });
    const { ctx } = context(mockedApi().api);

    await expect(iamAccountSummaryCollector.collect(ctx)).resolves.toEqual({
      accountMfaEnabled: false,
      accountAccessKeysPresent: false,
      users: 0,
    });
  });

  it('reads a missing summary map as all zero', async () => {
    iam.on(GetAccountSummaryCommand).resolves({});
    const { ctx } = context(mockedApi().api);

    await expect(iamAccountSummaryCollector.collect(ctx)).resolves.toEqual({
      accountMfaEnabled: false,
      accountAccessKeysPresent: false,
      users: 0,
    });
  });

  it('calls IAM in the context region', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: {} });
    const { api, stats } = mockedApi();

    await iamAccountSummaryCollector.collect(context(api).ctx);

    expect(stats.byOperation.get('iam:GetAccountSummary')).toBe(1);
    expect([...stats.byRequest.keys()]).toEqual(['us-east-1|iam:GetAccountSummary|{}']);
  });
});

describe('iamPasswordPolicyCollector', () => {
  it('maps a password policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: {
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: false,
        RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true,
        ExpirePasswords: true,
        MaxPasswordAge: 90,
        PasswordReusePrevention: 24,
      },
    });
    const { ctx } = context(mockedApi().api);

    await expect(iamPasswordPolicyCollector.collect(ctx)).resolves.toEqual({
      minimumPasswordLength: 14,
      passwordReusePrevention: 24,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: true,
      maxPasswordAge: 90,
      expirePasswords: true,
    });
  });

  it('fills fields a minimal policy leaves out', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 8 } });
    const { ctx } = context(mockedApi().api);

    await expect(iamPasswordPolicyCollector.collect(ctx)).resolves.toEqual({
      minimumPasswordLength: 8,
      passwordReusePrevention: null,
      requireSymbols: false,
      requireNumbers: false,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      maxPasswordAge: null,
      expirePasswords: false,
    });
  });

  it('gives null when the account has no password policy (NoSuchEntity)', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(
      new NoSuchEntityException({
        message: `The Password Policy with domain name ${TEST_ACCOUNT_ID} cannot be found.`,
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const { api, stats } = mockedApi();

    await expect(iamPasswordPolicyCollector.collect(context(api).ctx)).resolves.toBeNull();
    expect(iam.commandCalls(GetAccountPasswordPolicyCommand)).toHaveLength(1);
    expect(stats.retries).toBe(0);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(accessDenied('iam:GetAccountPasswordPolicy'));
    const { ctx } = context(mockedApi().api);

    const failure = iamPasswordPolicyCollector.collect(ctx);

    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
      operation: 'iam:GetAccountPasswordPolicy',
    });
  });
});

const REPORT_CSV = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,mfa_active,' +
    'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,' +
    'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date',
  `<root_account>,arn:aws:iam::${TEST_ACCOUNT_ID}:root,2020-01-01T00:00:00+00:00,not_supported,` +
    'no_information,not_supported,true,false,N/A,N/A,false,N/A,N/A',
  `alice,arn:aws:iam::${TEST_ACCOUNT_ID}:user/alice,2022-06-01T12:00:00+00:00,true,` +
    '2024-05-01T10:00:00+00:00,2023-01-15T09:30:00+00:00,false,true,2023-02-01T00:00:00+00:00,N/A,false,N/A,N/A',
].join('\n');

const GENERATED = new Date('2026-05-31T23:00:00Z');

function mockReport(csv = REPORT_CSV) {
  iam.on(GetCredentialReportCommand).resolves({
    Content: new TextEncoder().encode(csv),
    ReportFormat: 'text/csv',
    GeneratedTime: GENERATED,
  });
}

describe('iamCredentialReportCollector', () => {
  it('gets and parses the report when it is already complete', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    mockReport();
    const { ctx, sleeps } = context(mockedApi().api);

    const report = await iamCredentialReportCollector.collect(ctx);

    expect(report.generatedAt).toBe('2026-05-31T23:00:00.000Z');
    expect(report.root).toMatchObject({
      user: '<root_account>',
      mfaActive: true,
      passwordEnabled: null,
      passwordLastUsed: null,
    });
    expect(report.users).toHaveLength(1);
    expect(report.users[0]).toMatchObject({
      user: 'alice',
      passwordEnabled: true,
      passwordLastUsed: '2024-05-01T10:00:00.000Z',
      accessKeys: [
        { active: true, lastRotated: '2023-02-01T00:00:00.000Z', lastUsedDate: null },
        { active: false, lastRotated: null, lastUsedDate: null },
      ],
    });
    expect(sleeps).toEqual([]);
  });

  it('polls GenerateCredentialReport through STARTED and INPROGRESS until COMPLETE', async () => {
    iam
      .on(GenerateCredentialReportCommand)
      .resolvesOnce({ State: 'STARTED' })
      .resolvesOnce({ State: 'INPROGRESS' })
      .resolves({ State: 'COMPLETE' });
    mockReport();
    const { api, stats } = mockedApi();
    const { ctx, sleeps } = context(api);

    const report = await iamCredentialReportCollector.collect(ctx);

    expect(report.users.map((entry) => entry.user)).toEqual(['alice']);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
    expect(sleeps).toEqual([2_000, 2_000]);
    expect(stats.byOperation.get('iam:GenerateCredentialReport')).toBe(3);
    expect(stats.byOperation.get('iam:GetCredentialReport')).toBe(1);
    expect(stats.calls).toBe(4);
  });

  it('fails with ReportNotReady when the report never completes, without fetching it', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' });
    mockReport();
    const { ctx, sleeps } = context(mockedApi().api);

    const failure = iamCredentialReportCollector.collect(ctx);

    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'ReportNotReady',
      operation: 'iam:GenerateCredentialReport',
      message: 'credential report still INPROGRESS after 15 polls',
    });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(15);
    expect(sleeps).toHaveLength(14);
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(0);
  });

  it('gives root null for a report without a root row', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    mockReport(
      REPORT_CSV.split('\n')
        .filter((line) => !line.startsWith('<root_account>'))
        .join('\n'),
    );
    const { ctx } = context(mockedApi().api);

    const report = await iamCredentialReportCollector.collect(ctx);

    expect(report.root).toBeNull();
    expect(report.users.map((entry) => entry.user)).toEqual(['alice']);
  });

  it('fails with ReportEmpty when the report has no content', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves({ ReportFormat: 'text/csv', GeneratedTime: GENERATED });
    const { ctx } = context(mockedApi().api);

    await expect(iamCredentialReportCollector.collect(ctx)).rejects.toMatchObject({ code: 'ReportEmpty' });
  });

  it('propagates AccessDenied on GetCredentialReport', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).rejects(accessDenied('iam:GetCredentialReport'));
    const { ctx } = context(mockedApi().api);

    await expect(iamCredentialReportCollector.collect(ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
      operation: 'iam:GetCredentialReport',
    });
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
  });

  it('propagates AccessDenied on GenerateCredentialReport without polling again', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(accessDenied('iam:GenerateCredentialReport'));
    const { ctx, sleeps } = context(mockedApi().api);

    await expect(iamCredentialReportCollector.collect(ctx)).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'iam:GenerateCredentialReport',
    });
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
