import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamUserResource } from './iam-user-resource.js';
import { staleCredentials } from './stale-credentials.js';

/** AWS Config's iam-user-unused-credentials-check as FSBP IAM.8 runs it: maxCredentialUsageAge 90. */
const MAX_UNUSED_DAYS = 90;

/**
 * FSBP IAM.8: every IAM user's console password and active access keys were used within 90 days (a
 * credential never used counts from when it was set). Users without any enabled credential are not judged.
 */
export const iamUserUnusedCredentialsRemoved = defineCheck({
  id: 'iam-user-unused-credentials-removed',
  title: 'IAM user passwords and active access keys unused for 90 days are removed',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.credentialReport'],
  compliance: { 'aws-fsbp': ['IAM.8'] },
  remediation: {
    text: 'Delete the console password and deactivate or delete the access keys that have not been used for 90 days.',
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
              `IAM user ${user.user} has credentials unused for ${MAX_UNUSED_DAYS}+ days: ${stale.join('; ')}.`,
              { staleCredentials: stale },
            )
          : pass(
              iamUserResource(user),
              `Every enabled credential of ${user.user} was used within ${MAX_UNUSED_DAYS} days.`,
            ),
      );
    }
    if (results.length === 0)
      return [pass(ctx.scopeResource, 'No IAM user has an enabled password or active access key.')];
    return results;
  },
});
