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
import { iamCredentialUnused45DaysDisabled } from './iam-credential-unused-45-days-disabled.js';

const withUsers = (...users: ReturnType<typeof credentialReportUser>[]) =>
  new InventoryBuilder().global('iam.credentialReport', credentialReport(users)).build();

describe('iam-credential-unused-45-days-disabled', () => {
  it('passes at account level when no user has an enabled credential', () => {
    const inventory = withUsers(credentialReportUser('retired'));
    expect(evaluate(iamCredentialUnused45DaysDisabled, inventory)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('passes a user whose password and key were used recently', () => {
    const user = credentialReportUser('alice', {
      passwordEnabled: true,
      passwordLastUsed: daysAgo(3),
      accessKeys: [activeKey(daysAgo(100), daysAgo(44)), inactiveKey()],
    });
    expect(evaluate(iamCredentialUnused45DaysDisabled, withUsers(user))).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails a user with a password unused for 45 days and names it', () => {
    const user = credentialReportUser('bob', { passwordEnabled: true, passwordLastUsed: daysAgo(45) });
    const [finding] = evaluate(iamCredentialUnused45DaysDisabled, withUsers(user));
    expect(finding).toMatchObject({ status: 'FAIL', resourceId: 'arn:aws:iam::111111111111:user/bob' });
    expect(finding?.message).toContain('console password last used 45 days ago');
  });

  it('fails a never-used key created long ago, but not a never-used key created yesterday', () => {
    const old = credentialReportUser('old', { accessKeys: [activeKey(daysAgo(60), null), inactiveKey()] });
    const fresh = credentialReportUser('fresh', { accessKeys: [activeKey(daysAgo(1), null), inactiveKey()] });
    const findings = evaluate(iamCredentialUnused45DaysDisabled, withUsers(old, fresh));
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'PASS']);
    expect(findings[0]?.message).toContain('access key 1 never used in 60 days');
  });

  it('is an ERROR when the credential report cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.credentialReport', 'AccessDenied').build();
    expect(evaluate(iamCredentialUnused45DaysDisabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
