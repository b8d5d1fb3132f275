import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  customerPolicy,
  customerPolicyArn,
  FULL_ADMIN_STATEMENT,
  iamAuthorization,
  iamGroup,
  iamUser,
  inlinePolicy,
} from '../../fixtures/index.js';
import { NotEvaluableError } from '../../model/not-evaluable.js';
import { awsManagedPolicyName, describeGrant, PrivilegeReader } from './iam-privilege.js';

describe('awsManagedPolicyName', () => {
  it('names AWS managed policies in any partition and under a path, and nothing else', () => {
    expect(awsManagedPolicyName('arn:aws:iam::aws:policy/AdministratorAccess')).toBe('AdministratorAccess');
    expect(awsManagedPolicyName('arn:aws-cn:iam::aws:policy/job-function/ViewOnlyAccess')).toBe(
      'ViewOnlyAccess',
    );
    expect(awsManagedPolicyName('arn:aws:iam::111111111111:policy/AdministratorAccess')).toBeNull();
  });
});

describe('PrivilegeReader', () => {
  const authorization = iamAuthorization({
    users: [
      iamUser('alice', {
        groups: ['admins', 'readers'],
        attachedPolicyArns: [awsPolicyArn('IAMFullAccess'), awsPolicyArn('ReadOnlyAccess')],
        inlinePolicies: [inlinePolicy('everything', [FULL_ADMIN_STATEMENT])],
      }),
    ],
    groups: [
      iamGroup('admins', { attachedPolicyArns: [customerPolicyArn('AllAccess')] }),
      iamGroup('readers', { attachedPolicyArns: [awsPolicyArn('PowerUserAccess')] }),
    ],
    customerManagedPolicies: [customerPolicy('AllAccess', [FULL_ADMIN_STATEMENT])],
  });

  it("collects a user's broad grants, its own and its groups'", () => {
    const [alice] = authorization.users;
    const grants = new PrivilegeReader(authorization).userGrants(alice!);
    expect(grants.map(describeGrant)).toEqual([
      'IAMFullAccess',
      'inline policy everything (full *:*)',
      'customer managed policy AllAccess (full *:*) via group admins',
      'PowerUserAccess via group readers',
    ]);
    expect(grants.map((grant) => grant.fullAdmin)).toEqual([false, true, true, false]);
  });

  it('refuses to guess when an attached policy or a group is missing from the details', () => {
    const missingPolicy = iamAuthorization({
      users: [iamUser('bob', { attachedPolicyArns: [customerPolicyArn('Gone')] })],
    });
    expect(() => new PrivilegeReader(missingPolicy).userGrants(missingPolicy.users[0]!)).toThrow(
      NotEvaluableError,
    );
    const missingGroup = iamAuthorization({ users: [iamUser('bob', { groups: ['gone'] })] });
    expect(() => new PrivilegeReader(missingGroup).userGrants(missingGroup.users[0]!)).toThrow(/group gone/);
  });
});
