import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { iamUserResource } from './iam-user-resource.js';

export const iamUserConsoleMfaEnabled = defineCheck({
  id: 'iam-user-console-mfa-enabled',
  title: 'Every IAM user with a console password has MFA',
  service: 'iam',
  severity: 'high',
  scope: 'global',
  requires: ['iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.10'], 'account-checklist': ['7'], 'aws-fsbp': ['IAM.5'] },
  remediation: {
    text: 'Assign an MFA device to each IAM user that can sign in to the console, or remove its console password.',
    cli: 'aws iam enable-mfa-device --user-name <user> --serial-number <arn> --authentication-code1 <code> --authentication-code2 <code>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
  },
  evaluate(ctx) {
    const consoleUsers = ctx
      .slice('iam.credentialReport')
      .users.filter((user) => user.passwordEnabled === true);
    if (consoleUsers.length === 0) {
      return [pass(ctx.scopeResource, 'No IAM user has a console password.')];
    }
    return consoleUsers.map((user) =>
      user.mfaActive
        ? pass(iamUserResource(user), `IAM user ${user.user} has MFA for console sign-in.`)
        : fail(iamUserResource(user), `IAM user ${user.user} can sign in to the console without MFA.`),
    );
  },
});
