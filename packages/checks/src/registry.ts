import { iamAccessKeyRotated90Days } from './checks/iam/iam-access-key-rotated-90-days.js';
import { iamCredentialUnused45DaysDisabled } from './checks/iam/iam-credential-unused-45-days-disabled.js';
import { iamPasswordPolicyLength14 } from './checks/iam/iam-password-policy-length-14.js';
import { iamPasswordPolicyReuse24 } from './checks/iam/iam-password-policy-reuse-24.js';
import { iamRootAccessKeysAbsent } from './checks/iam/iam-root-access-keys-absent.js';
import { iamRootMfaEnabled } from './checks/iam/iam-root-mfa-enabled.js';
import { iamUserConsoleMfaEnabled } from './checks/iam/iam-user-console-mfa-enabled.js';
import type { CheckDefinition } from './model/check-definition.js';

/** Every check, explicitly. A test keeps this list equal to the check files on disk. */
export const checks: readonly CheckDefinition[] = [
  iamRootMfaEnabled,
  iamRootAccessKeysAbsent,
  iamPasswordPolicyLength14,
  iamPasswordPolicyReuse24,
  iamUserConsoleMfaEnabled,
  iamAccessKeyRotated90Days,
  iamCredentialUnused45DaysDisabled,
];

export function findCheck(id: string): CheckDefinition | undefined {
  return checks.find((check) => check.id === id);
}
