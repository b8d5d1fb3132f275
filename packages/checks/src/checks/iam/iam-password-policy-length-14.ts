import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

const MINIMUM_LENGTH = 14;

export const iamPasswordPolicyLength14 = defineCheck({
  id: 'iam-password-policy-length-14',
  title: 'The IAM password policy requires at least 14 characters',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.passwordPolicy'],
  compliance: { 'cis-aws-7.0.0': ['2.8'], 'account-checklist': ['8'] },
  remediation: {
    text: 'Set the account password policy minimum length to 14 or more.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  evaluate(ctx) {
    const policy = ctx.slice('iam.passwordPolicy');
    if (policy === null) {
      return [fail(ctx.scopeResource, 'The account has no password policy (AWS default: 8 characters).')];
    }
    const evidence = { minimumPasswordLength: policy.minimumPasswordLength };
    if (policy.minimumPasswordLength < MINIMUM_LENGTH) {
      return [
        fail(
          ctx.scopeResource,
          `Minimum password length is ${policy.minimumPasswordLength}, below ${MINIMUM_LENGTH}.`,
          evidence,
        ),
      ];
    }
    return [pass(ctx.scopeResource, `Minimum password length is ${policy.minimumPasswordLength}.`, evidence)];
  },
});
