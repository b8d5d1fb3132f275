import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  customerPolicyArn,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
  iamGroup,
  iamUser,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamUserBroadManagedPoliciesAbsent } from './iam-user-broad-managed-policies-absent.js';

const withAuthorization = (authorization: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', authorization).build();

describe('iam-user-broad-managed-policies-absent', () => {
  it('passes at account level when there are no users', () => {
    expect(evaluate(iamUserBroadManagedPoliciesAbsent, withAuthorization(iamAuthorization()))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('fails users holding broad policies directly or through groups, naming them; passes the rest', () => {
    const authorization = iamAuthorization({
      users: [
        iamUser('deployer', { attachedPolicyArns: [awsPolicyArn('AdministratorAccess')] }),
        iamUser('bob', { groups: ['web'] }),
        iamUser('reader', { attachedPolicyArns: [awsPolicyArn('ReadOnlyAccess')] }),
      ],
      groups: [
        iamGroup('web', {
          attachedPolicyArns: [awsPolicyArn('PowerUserAccess'), awsPolicyArn('IAMFullAccess')],
        }),
      ],
    });
    const findings = evaluate(iamUserBroadManagedPoliciesAbsent, withAuthorization(authorization));
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.policies])).toEqual([
      ['arn:aws:iam::111111111111:user/deployer', 'FAIL', ['AdministratorAccess']],
      [
        'arn:aws:iam::111111111111:user/bob',
        'FAIL',
        ['PowerUserAccess via group web', 'IAMFullAccess via group web'],
      ],
      ['arn:aws:iam::111111111111:user/reader', 'PASS', undefined],
    ]);
  });

  it('is an ERROR, not a PASS, when a user holds a policy the details do not contain', () => {
    const authorization = iamAuthorization({
      users: [iamUser('bob', { attachedPolicyArns: [customerPolicyArn('Vanished')] })],
    });
    expect(evaluate(iamUserBroadManagedPoliciesAbsent, withAuthorization(authorization))).toMatchObject([
      { status: 'ERROR', errorCode: 'PolicyNotInInventory' },
    ]);
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization').build();
    expect(evaluate(iamUserBroadManagedPoliciesAbsent, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
