import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  customerPolicy,
  customerPolicyArn,
  evaluate,
  FULL_ADMIN_STATEMENT,
  InventoryBuilder,
  iamAuthorization,
  iamGroup,
  iamRole,
  iamUser,
  inlinePolicy,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamAdminAccessViaGroupsOrRoles } from './iam-admin-access-via-groups-or-roles.js';

const ADMIN = awsPolicyArn('AdministratorAccess');
const withAuthorization = (authorization: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', authorization).build();

describe('iam-admin-access-via-groups-or-roles', () => {
  it('fails at account level when nothing grants administrator access', () => {
    expect(evaluate(iamAdminAccessViaGroupsOrRoles, withAuthorization(iamAuthorization()))).toMatchObject([
      { status: 'FAIL', resourceType: 'AwsAccount' },
    ]);
  });

  it('passes with an admin role, or a group with members, holding AdministratorAccess or a *:* policy', () => {
    const byRole = iamAuthorization({
      roles: [iamRole('OrganizationAccountAccessRole', { attachedPolicyArns: [ADMIN] })],
    });
    expect(evaluate(iamAdminAccessViaGroupsOrRoles, withAuthorization(byRole))).toMatchObject([
      { status: 'PASS', evidence: { adminGroups: [], adminRoles: ['OrganizationAccountAccessRole'] } },
    ]);
    const byGroup = iamAuthorization({
      users: [iamUser('alice', { groups: ['admins'] })],
      groups: [iamGroup('admins', { attachedPolicyArns: [customerPolicyArn('AllAccess')] })],
      customerManagedPolicies: [customerPolicy('AllAccess', [FULL_ADMIN_STATEMENT])],
    });
    expect(evaluate(iamAdminAccessViaGroupsOrRoles, withAuthorization(byGroup))).toMatchObject([
      { status: 'PASS', evidence: { adminGroups: ['admins'], adminRoles: [] } },
    ]);
  });

  it('does not count an empty admin group, a service-linked role or a power-user role', () => {
    const authorization = iamAuthorization({
      groups: [iamGroup('admins', { attachedPolicyArns: [ADMIN] })],
      roles: [
        iamRole('AWSServiceRoleForX', { serviceLinked: true, attachedPolicyArns: [ADMIN] }),
        iamRole('developer', { attachedPolicyArns: [awsPolicyArn('PowerUserAccess')] }),
      ],
    });
    expect(evaluate(iamAdminAccessViaGroupsOrRoles, withAuthorization(authorization))).toMatchObject([
      { status: 'FAIL', resourceType: 'AwsAccount' },
    ]);
  });

  it('fails each user holding administrator access directly, attached or inline, beside the account row', () => {
    const authorization = iamAuthorization({
      users: [
        iamUser('deployer', { attachedPolicyArns: [ADMIN] }),
        iamUser('legacy', { inlinePolicies: [inlinePolicy('all', [FULL_ADMIN_STATEMENT])] }),
        iamUser('alice', { groups: ['admins'] }),
      ],
      groups: [iamGroup('admins', { attachedPolicyArns: [ADMIN] })],
    });
    const findings = evaluate(iamAdminAccessViaGroupsOrRoles, withAuthorization(authorization));
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:account::111111111111:account', 'PASS'],
      ['arn:aws:iam::111111111111:user/deployer', 'FAIL'],
      ['arn:aws:iam::111111111111:user/legacy', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { policies: ['AdministratorAccess'] } });
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization').build();
    expect(evaluate(iamAdminAccessViaGroupsOrRoles, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
