import { describe, expect, it } from 'vitest';
import {
  activeKey,
  credentialReport,
  credentialReportRoot,
  daysAgo,
  evaluate,
  InventoryBuilder,
} from '../../fixtures/index.js';
import type { CredentialReportEntry, IamVirtualMfaDevice } from '../../inventory/iam.js';
import { iamRootHardwareMfaEnabled } from './iam-root-hardware-mfa-enabled.js';

const summary = (accountMfaEnabled: boolean) => ({
  accountMfaEnabled,
  accountAccessKeysPresent: false,
  users: 1,
});
const aliceDevice = {
  serialNumber: 'arn:aws:iam::111111111111:mfa/alice',
  userArn: 'arn:aws:iam::111111111111:user/alice',
};

/** The report's usual root row: password_enabled not_supported (null), no keys. */
const ROOT_WITH_PASSWORD = credentialReportRoot({ mfaActive: false });

function inventory(
  mfa: boolean,
  devices: IamVirtualMfaDevice[],
  root: CredentialReportEntry = ROOT_WITH_PASSWORD,
) {
  return new InventoryBuilder()
    .global('iam.accountSummary', summary(mfa))
    .global('iam.virtualMfaDevices', devices)
    .global('iam.credentialReport', credentialReport([], root))
    .build();
}

describe('iam-root-hardware-mfa-enabled', () => {
  it('passes when root has MFA and only users have virtual devices', () => {
    expect(evaluate(iamRootHardwareMfaEnabled, inventory(true, [aliceDevice]))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount', severity: 'high' },
    ]);
  });

  it('fails when root has no MFA at all', () => {
    const [finding] = evaluate(iamRootHardwareMfaEnabled, inventory(false, []));
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain('no MFA device at all');
  });

  it('passes when root has no MFA because it has no credentials: no password and no access key', () => {
    const noCredentials = credentialReportRoot({ passwordEnabled: false, mfaActive: false });
    const [finding] = evaluate(iamRootHardwareMfaEnabled, inventory(false, [], noCredentials));
    expect(finding).toMatchObject({ status: 'PASS', evidence: { rootPasswordEnabled: false } });
    expect(finding?.message).toContain('no password and no access key');
  });

  it('fails without MFA when root has no password but an active access key', () => {
    const keyOnly = credentialReportRoot({
      passwordEnabled: false,
      mfaActive: false,
      accessKeys: [activeKey(daysAgo(10)), { active: false, lastRotated: null, lastUsedDate: null }],
    });
    expect(evaluate(iamRootHardwareMfaEnabled, inventory(false, [], keyOnly))).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('is an ERROR without MFA when the credential report cannot say whether root has credentials', () => {
    const unreadable = new InventoryBuilder()
      .global('iam.accountSummary', summary(false))
      .global('iam.virtualMfaDevices', [])
      .globalError('iam.credentialReport', 'ReportInProgress', 'iam:GetCredentialReport')
      .build();
    expect(evaluate(iamRootHardwareMfaEnabled, unreadable)).toMatchObject([
      { status: 'ERROR', errorCode: 'ReportInProgress' },
    ]);
  });

  it('fails when the root virtual device is found by its serial number or by its user ARN', () => {
    const bySerial = { serialNumber: 'arn:aws:iam::111111111111:mfa/root-account-mfa-device', userArn: null };
    const byUser = {
      serialNumber: 'arn:aws:iam::111111111111:mfa/phone',
      userArn: 'arn:aws:iam::111111111111:root',
    };
    expect(evaluate(iamRootHardwareMfaEnabled, inventory(true, [aliceDevice, bySerial]))).toMatchObject([
      { status: 'FAIL', evidence: { serialNumber: bySerial.serialNumber } },
    ]);
    expect(evaluate(iamRootHardwareMfaEnabled, inventory(true, [byUser]))).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('is an ERROR when the virtual devices cannot be listed, never a PASS', () => {
    const unreadable = new InventoryBuilder()
      .global('iam.accountSummary', summary(true))
      .globalError('iam.virtualMfaDevices', 'AccessDenied', 'iam:ListVirtualMFADevices')
      .build();
    expect(evaluate(iamRootHardwareMfaEnabled, unreadable)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
