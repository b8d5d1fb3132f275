import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { grantsFullAdmin } from './iam-privilege.js';

export const iamPolicyFullAdminNotAttached = defineCheck({
  id: 'iam-policy-full-admin-not-attached',
  title: 'No attached customer managed policy allows full "*:*" administrative privileges',
  service: 'iam',
  severity: 'high',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'cis-aws-7.0.0': ['2.14'], 'account-checklist': ['6'], 'aws-fsbp': ['IAM.1'] },
  remediation: {
    text: 'Replace the "Action": "*" on "Resource": "*" statement with the actions and resources the principals need, or detach the policy from every user, group and role.',
    cli: 'aws iam list-entities-for-policy --policy-arn <arn>; aws iam detach-role-policy --role-name <role> --policy-arn <arn>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  evaluate(ctx) {
    const policies = ctx
      .slice('iam.authorization')
      .customerManagedPolicies.filter((policy) => policy.attachmentCount > 0);
    if (policies.length === 0) {
      return [pass(ctx.scopeResource, 'No customer managed policy is attached to any user, group or role.')];
    }
    return policies.map((policy) => {
      const resource = { id: policy.arn, type: 'AwsIamPolicy' };
      const evidence = { attachmentCount: policy.attachmentCount };
      return grantsFullAdmin(policy.statements)
        ? fail(
            resource,
            `Policy ${policy.name} allows every action on every resource and is attached to ${policy.attachmentCount} principal(s).`,
            evidence,
          )
        : pass(resource, `Policy ${policy.name} does not allow "*" on "*".`, evidence);
    });
  },
});
