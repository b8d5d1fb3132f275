import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { iamPrincipalResource } from './iam-principal-resource.js';
import { describeGrant, PrivilegeReader } from './iam-privilege.js';

export const iamUserBroadManagedPoliciesAbsent = defineCheck({
  id: 'iam-user-broad-managed-policies-absent',
  title: 'IAM users do not hold AdministratorAccess, PowerUserAccess, IAMFullAccess or full "*:*" policies',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'account-checklist': ['6'] },
  remediation: {
    text: "Give each user's group only the policies its work needs (job-function or service-scoped policies); keep broad access on roles assumed when needed.",
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
  },
  evaluate(ctx) {
    const authorization = ctx.slice('iam.authorization');
    if (authorization.users.length === 0) return [pass(ctx.scopeResource, 'The account has no IAM users.')];
    const reader = new PrivilegeReader(authorization);
    return authorization.users.map((user) => {
      const resource = iamPrincipalResource(user, 'AwsIamUser');
      const policies = reader.userGrants(user).map(describeGrant);
      return policies.length > 0
        ? fail(resource, `IAM user ${user.name} holds broad policies: ${policies.join(', ')}.`, { policies })
        : pass(resource, `IAM user ${user.name} holds none of the broad policies.`);
    });
  },
});
