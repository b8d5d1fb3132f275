import { describe, expect, it } from 'vitest';
import {
  activeKey,
  awsPolicyArn,
  credentialReport,
  credentialReportUser,
  daysAgo,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
  iamGroup,
  iamUser,
  inactiveKey,
} from '../../fixtures/index.js';
import type { CredentialReportEntry, IamAuthorization } from '../../inventory/iam.js';
import { iamUserHighPowerAccessKeysInactive } from './iam-user-high-power-access-keys-inactive.js';

function inventory(authorization: IamAuthorization, rows: CredentialReportEntry[]) {
  return new InventoryBuilder()
    .global('iam.authorization', authorization)
    .global('iam.credentialReport', credentialReport(rows))
    .build();
}

const authorization = iamAuthorization({
  users: [
    iamUser('admin', { groups: ['admins'] }),
    iamUser('deployer', { attachedPolicyArns: [awsPolicyArn('AdministratorAccess')] }),
    iamUser('reader', { attachedPolicyArns: [awsPolicyArn('ReadOnlyAccess')] }),
  ],
  groups: [iamGroup('admins', { attachedPolicyArns: [awsPolicyArn('IAMFullAccess')] })],
});

describe('iam-user-high-power-access-keys-inactive', () => {
  it('passes at account level when no user is high-power', () => {
    const only = iamAuthorization({ users: [iamUser('reader')] });
    const rows = [credentialReportUser('reader', { accessKeys: [activeKey(daysAgo(3)), inactiveKey()] })];
    expect(evaluate(iamUserHighPowerAccessKeysInactive, inventory(only, rows))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('fails high-power users with an active key and passes those without; others are not judged', () => {
    const rows = [
      credentialReportUser('admin', { accessKeys: [inactiveKey(), activeKey(daysAgo(10))] }),
      credentialReportUser('deployer'),
      credentialReportUser('reader', { accessKeys: [activeKey(daysAgo(3)), inactiveKey()] }),
    ];
    const findings = evaluate(iamUserHighPowerAccessKeysInactive, inventory(authorization, rows));
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:iam::111111111111:user/admin', 'FAIL'],
      ['arn:aws:iam::111111111111:user/deployer', 'PASS'],
    ]);
    expect(findings[0]).toMatchObject({
      evidence: { policies: ['IAMFullAccess via group admins'], activeKeySlots: ['2'] },
    });
  });

  it('is an ERROR for a high-power user missing from the credential report', () => {
    const findings = evaluate(
      iamUserHighPowerAccessKeysInactive,
      inventory(authorization, [credentialReportUser('admin')]),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.errorCode])).toEqual([
      ['arn:aws:iam::111111111111:user/admin', 'PASS', null],
      ['arn:aws:iam::111111111111:user/deployer', 'ERROR', 'UserNotInCredentialReport'],
    ]);
  });

  it('is an ERROR when the credential report cannot be read', () => {
    const unreadable = new InventoryBuilder()
      .global('iam.authorization', authorization)
      .globalError('iam.credentialReport', 'ReportInProgress')
      .build();
    expect(evaluate(iamUserHighPowerAccessKeysInactive, unreadable)).toMatchObject([
      { status: 'ERROR', errorCode: 'ReportInProgress' },
    ]);
  });
});
