import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { IamVirtualMfaDevice } from '../../inventory/iam.js';
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

function inventory(mfa: boolean, devices: IamVirtualMfaDevice[]) {
  return new InventoryBuilder()
    .global('iam.accountSummary', summary(mfa))
    .global('iam.virtualMfaDevices', devices)
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
