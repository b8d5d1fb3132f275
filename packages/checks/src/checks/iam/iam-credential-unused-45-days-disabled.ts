import type { CredentialReportEntry } from '../../inventory/iam.js';
import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamUserResource } from './iam-user-resource.js';

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
      const stale = staleCredentials(user, ctx.now);
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

/** Descriptions of the user's stale credentials; null when the user has no enabled credential at all. */
function staleCredentials(user: CredentialReportEntry, now: Date): string[] | null {
  const stale: string[] = [];
  let enabled = 0;
  if (user.passwordEnabled === true) {
    enabled += 1;
    // Never used: it has been idle since it was set (or since the user was created).
    const idle = ageInDays(user.passwordLastUsed ?? user.passwordLastChanged ?? user.userCreationTime, now);
    if (idle === null || idle >= MAX_UNUSED_DAYS)
      stale.push(`console password ${describeIdle(idle, user.passwordLastUsed)}`);
  }
  user.accessKeys.forEach((key, index) => {
    if (!key.active) return;
    enabled += 1;
    const idle = ageInDays(key.lastUsedDate ?? key.lastRotated ?? user.userCreationTime, now);
    if (idle === null || idle >= MAX_UNUSED_DAYS)
      stale.push(`access key ${index + 1} ${describeIdle(idle, key.lastUsedDate)}`);
  });
  return enabled === 0 ? null : stale;
}

function describeIdle(idleDays: number | null, lastUsed: string | null): string {
  if (idleDays === null) return 'with no usable dates';
  return lastUsed === null ? `never used in ${idleDays} days` : `last used ${idleDays} days ago`;
}
