import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamUserResource } from './iam-user-resource.js';
import { staleCredentials } from './stale-credentials.js';

const MAX_UNUSED_DAYS = 45;

export const iamCredentialUnused45DaysDisabled = defineCheck({
  id: 'iam-credential-unused-45-days-disabled',
  title: 'Credentials unused for 45 days or more are disabled',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.11'], 'account-checklist': ['9'] },
  remediation: {
    text: 'Remove console passwords and deactivate access keys that have not been used for 45 days.',
    cli: 'aws iam delete-login-profile --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const user of ctx.slice('iam.credentialReport').users) {
      const stale = staleCredentials(user, ctx.now, MAX_UNUSED_DAYS);
      if (stale === null) continue;
      results.push(
        stale.length > 0
          ? fail(
              iamUserResource(user),
              `IAM user ${user.user} has enabled credentials unused for 45+ days: ${stale.join('; ')}.`,
              {
                staleCredentials: stale,
              },
            )
          : pass(iamUserResource(user), `Every enabled credential of ${user.user} was used within 45 days.`),
      );
    }
    if (results.length === 0)
      return [pass(ctx.scopeResource, 'No IAM user has an enabled password or active access key.')];
    return results;
  },
});
