import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
  iamRole,
  iamUser,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamSupportRoleExists } from './iam-support-role-exists.js';

const withAuthorization = (authorization: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', authorization).build();

describe('iam-support-role-exists', () => {
  it('fails when the account has no roles', () => {
    expect(evaluate(iamSupportRoleExists, withAuthorization(iamAuthorization()))).toMatchObject([
      { status: 'FAIL', resourceType: 'AwsAccount' },
    ]);
  });

  it('passes when a role has AWSSupportAccess, naming it', () => {
    const authorization = iamAuthorization({
      roles: [
        iamRole('ops'),
        iamRole('aws-support', { attachedPolicyArns: [awsPolicyArn('AWSSupportAccess')] }),
      ],
    });
    expect(evaluate(iamSupportRoleExists, withAuthorization(authorization))).toMatchObject([
      { status: 'PASS', evidence: { supportRoles: ['aws-support'] } },
    ]);
  });

  it("fails when only a user has the policy, or a role has the support service-linked role's policy", () => {
    const authorization = iamAuthorization({
      users: [iamUser('helpdesk', { attachedPolicyArns: [awsPolicyArn('AWSSupportAccess')] })],
      roles: [
        iamRole('AWSServiceRoleForSupport', {
          serviceLinked: true,
          attachedPolicyArns: ['arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'],
        }),
      ],
    });
    expect(evaluate(iamSupportRoleExists, withAuthorization(authorization))).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization').build();
    expect(evaluate(iamSupportRoleExists, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
