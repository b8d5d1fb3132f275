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
import { iamAccessKeyRotated90Days } from './iam-access-key-rotated-90-days.js';

const withUsers = (...users: ReturnType<typeof credentialReportUser>[]) =>
  new InventoryBuilder().global('iam.credentialReport', credentialReport(users)).build();

describe('iam-access-key-rotated-90-days', () => {
  it('passes at account level when no user has an active key', () => {
    const inventory = withUsers(
      credentialReportUser('alice', { accessKeys: [inactiveKey(), inactiveKey()] }),
    );
    expect(evaluate(iamAccessKeyRotated90Days, inventory)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('judges each active key slot on its own; 90 days passes, 91 fails; inactive keys are ignored', () => {
    const inventory = withUsers(
      credentialReportUser('alice', { accessKeys: [activeKey(daysAgo(90)), activeKey(daysAgo(91))] }),
      credentialReportUser('bob', { accessKeys: [inactiveKey(), activeKey(daysAgo(400))] }),
    );
    const findings = evaluate(iamAccessKeyRotated90Days, inventory);
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.ageDays])).toEqual([
      ['arn:aws:iam::111111111111:user/alice/access-key-1', 'PASS', 90],
      ['arn:aws:iam::111111111111:user/alice/access-key-2', 'FAIL', 91],
      ['arn:aws:iam::111111111111:user/bob/access-key-2', 'FAIL', 400],
    ]);
  });

  it('falls back to the user creation time when AWS reports no rotation date', () => {
    const user = credentialReportUser('carol', {
      userCreationTime: daysAgo(200),
      accessKeys: [{ active: true, lastRotated: null, lastUsedDate: null }, inactiveKey()],
    });
    expect(evaluate(iamAccessKeyRotated90Days, withUsers(user))).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR when the credential report cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.credentialReport').build();
    expect(evaluate(iamAccessKeyRotated90Days, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
