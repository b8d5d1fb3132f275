import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

const REMEMBERED_PASSWORDS = 24;

export const iamPasswordPolicyReuse24 = defineCheck({
  id: 'iam-password-policy-reuse-24',
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  service: 'iam',
  severity: 'low',
  scope: 'global',
  requires: ['iam.passwordPolicy'],
  compliance: { 'cis-aws-7.0.0': ['2.9'], 'account-checklist': ['8'] },
  remediation: {
    text: 'Set the account password policy to remember 24 previous passwords.',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  evaluate(ctx) {
    const policy = ctx.slice('iam.passwordPolicy');
    if (policy === null) {
      return [fail(ctx.scopeResource, 'The account has no password policy, so passwords can be reused.')];
    }
    const remembered = policy.passwordReusePrevention ?? 0;
    const evidence = { passwordReusePrevention: remembered };
    if (remembered < REMEMBERED_PASSWORDS) {
      return [
        fail(
          ctx.scopeResource,
          `Password reuse prevention remembers ${remembered}, fewer than ${REMEMBERED_PASSWORDS}.`,
          evidence,
        ),
      ];
    }
    return [
      pass(ctx.scopeResource, `Password reuse prevention remembers ${remembered} passwords.`, evidence),
    ];
  },
});
