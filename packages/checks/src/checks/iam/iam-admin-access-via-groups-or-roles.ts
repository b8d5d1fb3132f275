import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { iamPrincipalResource } from './iam-principal-resource.js';
import { type BroadGrant, describeGrant, PrivilegeReader } from './iam-privilege.js';

export const iamAdminAccessViaGroupsOrRoles = defineCheck({
  id: 'iam-admin-access-via-groups-or-roles',
  title: 'Administrators exist as a group or role, and no user holds administrator access directly',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'account-checklist': ['5'] },
  remediation: {
    text: 'Grant AdministratorAccess to a group (or a role assumed through Identity Center or federation) for day-to-day administration instead of root, and detach administrator policies from individual users.',
    cli: 'aws iam attach-group-policy --group-name Administrators --policy-arn arn:aws:iam::aws:policy/AdministratorAccess && aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  evaluate(ctx) {
    const authorization = ctx.slice('iam.authorization');
    const reader = new PrivilegeReader(authorization);
    const isAdmin = (grants: readonly BroadGrant[]) => grants.some((grant) => grant.fullAdmin);
    // An empty group administers nothing; service-linked roles are AWS's own.
    const adminGroups = authorization.groups
      .filter((group) => authorization.users.some((user) => user.groups.includes(group.name)))
      .filter((group) => isAdmin(reader.directGrants(group)))
      .map((group) => group.name);
    const adminRoles = authorization.roles
      .filter((role) => !role.serviceLinked && isAdmin(reader.directGrants(role)))
      .map((role) => role.name);

    const results: CheckResult[] = [
      adminGroups.length + adminRoles.length > 0
        ? pass(
            ctx.scopeResource,
            `Administrator access is held by ${[
              ...adminGroups.map((name) => `group ${name}`),
              ...adminRoles.map((name) => `role ${name}`),
            ].join(', ')}.`,
            { adminGroups, adminRoles },
          )
        : fail(
            ctx.scopeResource,
            'No IAM group with members and no IAM role has administrator access (AdministratorAccess or a "*" on "*" policy), so administration depends on root or on individual users.',
          ),
    ];
    for (const user of authorization.users) {
      const direct = reader.directGrants(user).filter((grant) => grant.fullAdmin);
      if (direct.length === 0) continue;
      const policies = direct.map(describeGrant);
      results.push(
        fail(
          iamPrincipalResource(user, 'AwsIamUser'),
          `IAM user ${user.name} holds administrator access directly (${policies.join(', ')}) instead of through a group or role.`,
          { policies },
        ),
      );
    }
    return results;
  },
});
