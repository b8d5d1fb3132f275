import type { CredentialReportEntry, IamVirtualMfaDevice } from '../../inventory/iam.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** AWS names the root user's virtual device `arn:aws:iam::<account>:mfa/root-account-mfa-device`. */
function isRootDevice(device: IamVirtualMfaDevice): boolean {
  return (
    device.serialNumber.endsWith(':mfa/root-account-mfa-device') ||
    (device.userArn?.endsWith(':root') ?? false)
  );
}

/**
 * The root user has no credentials to protect: no password (the credential report says password_enabled
 * false, as it does once root credentials are removed, e.g. by centralized root access) and no active
 * access key. The report's usual "not_supported" (null) says nothing, so it does not count.
 */
function rootWithoutCredentials(root: CredentialReportEntry | null): boolean {
  return root !== null && root.passwordEnabled === false && root.accessKeys.every((key) => !key.active);
}

/**
 * CIS 2.6 / FSBP IAM.6: the root user's MFA is a hardware device, not a virtual one; or the root user has
 * no credentials at all (no password, no access key), which AWS's IAM.6 evaluation passes too.
 */
export const iamRootHardwareMfaEnabled = defineCheck({
  id: 'iam-root-hardware-mfa-enabled',
  title: 'The root user has a hardware MFA device, not a virtual one',
  service: 'iam',
  severity: 'high',
  scope: 'global',
  requires: ['iam.accountSummary', 'iam.virtualMfaDevices', 'iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.6'], 'account-checklist': ['2'], 'aws-fsbp': ['IAM.6'] },
  remediation: {
    text: 'Sign in as the root user, remove the virtual MFA device and assign a hardware TOTP token or FIDO security key kept in a safe place.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
  },
  evaluate(ctx) {
    const summary = ctx.slice('iam.accountSummary');
    if (!summary.accountMfaEnabled) {
      // Without MFA the root user passes only if it has nothing to sign in with; that needs the report.
      if (rootWithoutCredentials(ctx.slice('iam.credentialReport').root)) {
        return [
          pass(
            ctx.scopeResource,
            'The root user has no password and no access key (root credentials removed), so it cannot sign in and needs no MFA device.',
            { rootPasswordEnabled: false, rootActiveAccessKeys: 0 },
          ),
        ];
      }
      return [
        fail(
          ctx.scopeResource,
          'The root user has no MFA device at all (account summary AccountMFAEnabled = 0).',
        ),
      ];
    }
    const virtual = ctx.slice('iam.virtualMfaDevices').find(isRootDevice);
    if (virtual) {
      return [
        fail(
          ctx.scopeResource,
          `The root user's MFA is the virtual device ${virtual.serialNumber}, which lives on a phone or computer rather than dedicated hardware.`,
          { serialNumber: virtual.serialNumber },
        ),
      ];
    }
    return [
      pass(
        ctx.scopeResource,
        'The root user has MFA and no virtual MFA device is assigned to it: its device is hardware.',
      ),
    ];
  },
});
