import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamAccessKeySlotResource } from './iam-user-resource.js';

const MAX_KEY_AGE_DAYS = 90;

export const iamAccessKeyRotated90Days = defineCheck({
  id: 'iam-access-key-rotated-90-days',
  title: 'Active access keys are rotated every 90 days or less',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.12'], 'account-checklist': ['9'], 'aws-fsbp': ['IAM.3'] },
  remediation: {
    text: 'Create a new access key, move the workload to it, then deactivate and delete the old key. Prefer IAM roles.',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old> --status Inactive',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const user of ctx.slice('iam.credentialReport').users) {
      user.accessKeys.forEach((key, index) => {
        if (!key.active) return;
        const slot = (index + 1) as 1 | 2;
        const resource = iamAccessKeySlotResource(user, slot);
        // A key AWS gives no rotation date for is as old as its user.
        const age = ageInDays(key.lastRotated ?? user.userCreationTime, ctx.now);
        if (age === null) {
          results.push(
            fail(resource, `Access key ${slot} of ${user.user} is active and its age is unknown.`),
          );
        } else if (age > MAX_KEY_AGE_DAYS) {
          results.push(
            fail(resource, `Access key ${slot} of ${user.user} was last rotated ${age} days ago.`, {
              ageDays: age,
            }),
          );
        } else {
          results.push(
            pass(resource, `Access key ${slot} of ${user.user} was rotated ${age} days ago.`, {
              ageDays: age,
            }),
          );
        }
      });
    }
    if (results.length === 0) return [pass(ctx.scopeResource, 'No IAM user has an active access key.')];
    return results;
  },
});
