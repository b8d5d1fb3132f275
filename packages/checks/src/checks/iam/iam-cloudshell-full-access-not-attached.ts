import type { IamPrincipalPolicies } from '../../inventory/iam.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamPrincipalResource } from './iam-principal-resource.js';
import { awsManagedPolicyName } from './iam-privilege.js';

const CLOUDSHELL_FULL_ACCESS = 'AWSCloudShellFullAccess';

const holdsCloudShellFullAccess = (principal: IamPrincipalPolicies) =>
  principal.attachedPolicyArns.some((arn) => awsManagedPolicyName(arn) === CLOUDSHELL_FULL_ACCESS);

export const iamCloudshellFullAccessNotAttached = defineCheck({
  id: 'iam-cloudshell-full-access-not-attached',
  title: 'AWSCloudShellFullAccess is not attached to any user, group or role',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'cis-aws-7.0.0': ['2.20'], 'account-checklist': ['6'] },
  remediation: {
    text: 'Detach AWSCloudShellFullAccess (it allows file upload and download and internet access from CloudShell, a data exfiltration path) and grant a narrower CloudShell policy where it is needed.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    url: 'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
  },
  evaluate(ctx) {
    const { users, groups, roles } = ctx.slice('iam.authorization');
    const holders = [
      ...users
        .filter(holdsCloudShellFullAccess)
        .map((user) => ({ principal: user, kind: 'user', type: 'AwsIamUser' as const })),
      ...groups
        .filter(holdsCloudShellFullAccess)
        .map((group) => ({ principal: group, kind: 'group', type: 'AwsIamGroup' as const })),
      ...roles
        .filter(holdsCloudShellFullAccess)
        .map((role) => ({ principal: role, kind: 'role', type: 'AwsIamRole' as const })),
    ];
    if (holders.length === 0) {
      return [
        pass(ctx.scopeResource, `${CLOUDSHELL_FULL_ACCESS} is not attached to any user, group or role.`),
      ];
    }
    return holders.map(
      ({ principal, kind, type }): CheckResult =>
        fail(
          iamPrincipalResource(principal, type),
          `IAM ${kind} ${principal.name} has ${CLOUDSHELL_FULL_ACCESS} attached.`,
        ),
    );
  },
});
