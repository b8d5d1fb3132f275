import type { IamPasswordPolicy } from '../../inventory/iam.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** AWS Config's iam-password-policy defaults, as FSBP IAM.7 runs it (reuse and maximum age are unset). */
const MINIMUM_LENGTH = 8;

/** The parameters the policy misses, in AWS's words. */
function weaknesses(policy: IamPasswordPolicy): string[] {
  const missing: string[] = [];
  if (!policy.requireUppercaseCharacters) missing.push('an uppercase letter is not required');
  if (!policy.requireLowercaseCharacters) missing.push('a lowercase letter is not required');
  if (!policy.requireSymbols) missing.push('a symbol is not required');
  if (!policy.requireNumbers) missing.push('a number is not required');
  if (policy.minimumPasswordLength < MINIMUM_LENGTH)
    missing.push(`the minimum length ${policy.minimumPasswordLength} is below ${MINIMUM_LENGTH}`);
  return missing;
}

/**
 * FSBP IAM.7: the account has a password policy that requires an uppercase letter, a lowercase letter, a
 * symbol and a number, with a minimum length of at least 8. The control's reuse-prevention and maximum-age
 * parameters are unset by default, so they are not judged (CIS 2.8/2.9 judge length 14 and reuse 24).
 */
export const iamPasswordPolicyStrong = defineCheck({
  id: 'iam-password-policy-strong',
  title:
    'The IAM password policy requires upper, lower, symbol and number characters and 8 or more characters',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.passwordPolicy'],
  compliance: { 'aws-fsbp': ['IAM.7'] },
  remediation: {
    text: 'Set an account password policy that requires uppercase and lowercase letters, numbers and symbols, with a minimum length of 8 or more (14 for CIS).',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-symbols --require-numbers',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  evaluate(ctx) {
    const policy = ctx.slice('iam.passwordPolicy');
    if (policy === null) {
      return [fail(ctx.scopeResource, 'The account has no password policy.')];
    }
    const evidence = {
      minimumPasswordLength: policy.minimumPasswordLength,
      requireUppercaseCharacters: policy.requireUppercaseCharacters,
      requireLowercaseCharacters: policy.requireLowercaseCharacters,
      requireSymbols: policy.requireSymbols,
      requireNumbers: policy.requireNumbers,
    };
    const missing = weaknesses(policy);
    if (missing.length > 0) {
      return [fail(ctx.scopeResource, `The password policy is weak: ${missing.join('; ')}.`, evidence)];
    }
    return [
      pass(
        ctx.scopeResource,
        `The password policy requires all four character classes and ${policy.minimumPasswordLength}+ characters.`,
        evidence,
      ),
    ];
  },
});
