import { describe, expect, it } from 'vitest';
import {
  activeKey,
  credentialReport,
  credentialReportUser,
  daysAgo,
  evaluate,
  InventoryBuilder,
  inactiveKey,
} from '../../fixtures/index.js';
import { iamUserUnusedCredentialsRemoved } from './iam-user-unused-credentials-removed.js';

const withUsers = (...users: ReturnType<typeof credentialReportUser>[]) =>
  new InventoryBuilder().global('iam.credentialReport', credentialReport(users)).build();

describe('iam-user-unused-credentials-removed', () => {
  it('passes at account level when no user has an enabled credential', () => {
    expect(
      evaluate(iamUserUnusedCredentialsRemoved, withUsers(credentialReportUser('retired'))),
    ).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('passes a user whose password and key were used within 90 days (89 days is still in use)', () => {
    const user = credentialReportUser('alice', {
      passwordEnabled: true,
      passwordLastUsed: daysAgo(89),
      accessKeys: [activeKey(daysAgo(300), daysAgo(60)), inactiveKey()],
    });
    expect(evaluate(iamUserUnusedCredentialsRemoved, withUsers(user))).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails a user with an active key unused for 90 days and names the key', () => {
    const user = credentialReportUser('etl', {
      accessKeys: [inactiveKey(), activeKey(daysAgo(200), daysAgo(90))],
    });
    const [finding] = evaluate(iamUserUnusedCredentialsRemoved, withUsers(user));
    expect(finding).toMatchObject({ status: 'FAIL', resourceId: 'arn:aws:iam::111111111111:user/etl' });
    expect(finding?.message).toContain('access key 2 last used 90 days ago');
  });

  it('fails a password never used since it was set 120 days ago; ignores inactive keys', () => {
    const user = credentialReportUser('bob', {
      passwordEnabled: true,
      passwordLastChanged: daysAgo(120),
      accessKeys: [inactiveKey(), inactiveKey()],
    });
    const [finding] = evaluate(iamUserUnusedCredentialsRemoved, withUsers(user));
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain('console password never used in 120 days');
  });

  it('is an ERROR with the AWS code when the credential report cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.credentialReport', 'ReportInProgress').build();
    expect(evaluate(iamUserUnusedCredentialsRemoved, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'ReportInProgress' },
    ]);
  });
});
