import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { iamPrincipalResource } from './iam-principal-resource.js';

/** The last segment of a policy ARN: its name. */
const policyName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

export const iamUserPermissionsViaGroupsOnly = defineCheck({
  id: 'iam-user-permissions-via-groups-only',
  title: 'IAM users receive permissions only through groups',
  service: 'iam',
  severity: 'low',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'cis-aws-7.0.0': ['2.13'], 'account-checklist': ['5', '6'], 'aws-fsbp': ['IAM.2'] },
  remediation: {
    text: "Put the user in a group that holds the policies it needs, then detach the user's managed policies and delete its inline policies.",
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user> && aws iam detach-user-policy --user-name <user> --policy-arn <arn>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
  },
  evaluate(ctx) {
    const { users } = ctx.slice('iam.authorization');
    if (users.length === 0) return [pass(ctx.scopeResource, 'The account has no IAM users.')];
    return users.map((user) => {
      const resource = iamPrincipalResource(user, 'AwsIamUser');
      const attached = user.attachedPolicyArns.map(policyName);
      const inline = user.inlinePolicies.map((policy) => policy.name);
      if (attached.length + inline.length > 0) {
        const parts = [
          ...(attached.length > 0 ? [`attached ${attached.join(', ')}`] : []),
          ...(inline.length > 0 ? [`inline ${inline.join(', ')}`] : []),
        ];
        return fail(resource, `IAM user ${user.name} has policies of its own: ${parts.join('; ')}.`, {
          attachedPolicies: attached,
          inlinePolicies: inline,
        });
      }
      return pass(
        resource,
        user.groups.length > 0
          ? `IAM user ${user.name} gets its permissions only through groups (${user.groups.join(', ')}).`
          : `IAM user ${user.name} has no policies of its own and is in no group.`,
        { groups: user.groups },
      );
    });
  },
});
