import { describe, expect, it } from 'vitest';
import {
  activeKey,
  credentialReport,
  credentialReportRoot,
  evaluate,
  InventoryBuilder,
  inactiveKey,
} from '../../fixtures/index.js';
import { iamRootAccessKeysAbsent } from './iam-root-access-keys-absent.js';

const summary = (accountAccessKeysPresent: boolean) => ({
  accountMfaEnabled: true,
  accountAccessKeysPresent,
  users: 0,
});

describe('iam-root-access-keys-absent', () => {
  it('passes when neither source shows a root key', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(false))
      .global('iam.credentialReport', credentialReport([]))
      .build();
    expect(evaluate(iamRootAccessKeysAbsent, inventory)).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails when the summary reports root access keys', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .globalError('iam.credentialReport')
      .build();
    // The summary alone decides a failure, even when the report is unreadable.
    expect(evaluate(iamRootAccessKeysAbsent, inventory)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('fails and names the slot when the root row has an active key', () => {
    const root = credentialReportRoot({ accessKeys: [inactiveKey(), activeKey('2025-01-01T00:00:00Z')] });
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(false))
      .global('iam.credentialReport', credentialReport([], root))
      .build();
    expect(evaluate(iamRootAccessKeysAbsent, inventory)).toMatchObject([
      { status: 'FAIL', evidence: { activeKeySlots: ['2'] } },
    ]);
  });

  it('does not pass when the report has no root row', () => {
    const inventory = new InventoryBuilder()
      .global('iam.accountSummary', summary(false))
      .global('iam.credentialReport', credentialReport([], null))
      .build();
    expect(evaluate(iamRootAccessKeysAbsent, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'CredentialReportMissingRoot' },
    ]);
  });

  it('is an ERROR when the summary is denied', () => {
    const inventory = new InventoryBuilder().globalError('iam.accountSummary').build();
    expect(evaluate(iamRootAccessKeysAbsent, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
