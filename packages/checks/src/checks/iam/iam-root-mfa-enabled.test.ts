import { describe, expect, it } from 'vitest';
import { credentialReport, credentialReportRoot, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { iamRootMfaEnabled } from './iam-root-mfa-enabled.js';

const summary = (accountMfaEnabled: boolean) => ({
  accountMfaEnabled,
  accountAccessKeysPresent: false,
  users: 0,
});

describe('iam-root-mfa-enabled', () => {
  it('passes when the summary and the root row both show MFA', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .global('iam.credentialReport', credentialReport([]))
      .build();
    const [finding, ...rest] = evaluate(iamRootMfaEnabled, inventory);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: 'PASS',
      region: 'global',
      resourceType: 'AwsAccount',
      severity: 'critical',
    });
  });

  it('fails when the account summary says the root user has no MFA', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(false))
      .global('iam.credentialReport', credentialReport([]))
      .build();
    expect(evaluate(iamRootMfaEnabled, inventory)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('fails when the credential report root row has no MFA even if the summary does', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .global('iam.credentialReport', credentialReport([], credentialReportRoot({ mfaActive: false })))
      .build();
    expect(evaluate(iamRootMfaEnabled, inventory)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR, not a PASS, when the report has no root row', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .global('iam.credentialReport', credentialReport([], null))
      .build();
    expect(evaluate(iamRootMfaEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'CredentialReportMissingRoot' },
    ]);
  });

  it('is an ERROR with the AWS code when the summary cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('iam.accountSummary', 'AccessDenied', 'iam:GetAccountSummary')
      .global('iam.credentialReport', credentialReport([]))
      .build();
    const [finding] = evaluate(iamRootMfaEnabled, inventory);
    expect(finding).toMatchObject({ status: 'ERROR', errorCode: 'AccessDenied' });
    expect(finding?.message).toContain('iam:GetAccountSummary');
  });

  it('is an ERROR when the credential report cannot be read and the summary alone shows MFA', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .globalError('iam.credentialReport', 'Throttling', 'iam:GetCredentialReport')
      .build();
    expect(evaluate(iamRootMfaEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'Throttling' },
    ]);
  });

  it('is an ERROR when a required slice was never collected', () => {
    expect(evaluate(iamRootMfaEnabled, new InventoryBuilder().build())).toMatchObject([
      { status: 'ERROR', errorCode: 'NotCollected' },
    ]);
  });
});
