import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, error, fail, pass } from '../../model/check-result.js';
import { iamPrincipalResource } from './iam-principal-resource.js';
import { describeGrant, PrivilegeReader } from './iam-privilege.js';

export const iamUserHighPowerAccessKeysInactive = defineCheck({
  id: 'iam-user-high-power-access-keys-inactive',
  title: 'Users with administrator, power-user or IAM-full access have no active access key',
  service: 'iam',
  severity: 'high',
  scope: 'global',
  requires: ['iam.authorization', 'iam.credentialReport'],
  compliance: { 'account-checklist': ['9'] },
  remediation: {
    text: 'Deactivate the access keys of high-power users and activate one only for the task that needs it, or move the workload to a role with temporary credentials.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  evaluate(ctx) {
    const authorization = ctx.slice('iam.authorization');
    const report = ctx.slice('iam.credentialReport');
    const reader = new PrivilegeReader(authorization);
    const results: CheckResult[] = [];
    for (const user of authorization.users) {
      const grants = reader.userGrants(user);
      if (grants.length === 0) continue;
      const resource = iamPrincipalResource(user, 'AwsIamUser');
      const policies = grants.map(describeGrant);
      const row = report.users.find((entry) => entry.arn === user.arn);
      if (!row) {
        results.push(
          error(
            resource,
            'UserNotInCredentialReport',
            `High-power user ${user.name} is missing from the credential report, so its access keys are unknown.`,
          ),
        );
        continue;
      }
      const activeSlots = row.accessKeys.flatMap((key, index) => (key.active ? [String(index + 1)] : []));
      results.push(
        activeSlots.length > 0
          ? fail(
              resource,
              `High-power user ${user.name} (${policies.join(', ')}) has active access key(s) ${activeSlots.join(', ')}.`,
              { policies, activeKeySlots: activeSlots },
            )
          : pass(
              resource,
              `High-power user ${user.name} (${policies.join(', ')}) has no active access key.`,
              {
                policies,
              },
            ),
      );
    }
    if (results.length === 0) {
      return [pass(ctx.scopeResource, 'No IAM user holds administrator, power-user or IAM-full access.')];
    }
    return results;
  },
});
