import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
  iamGroup,
  iamRole,
  iamUser,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamCloudshellFullAccessNotAttached } from './iam-cloudshell-full-access-not-attached.js';

const CLOUDSHELL = awsPolicyArn('AWSCloudShellFullAccess');
const withAuthorization = (authorization: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', authorization).build();

describe('iam-cloudshell-full-access-not-attached', () => {
  it('passes at account level when nobody holds AWSCloudShellFullAccess', () => {
    const authorization = iamAuthorization({
      users: [iamUser('alice', { attachedPolicyArns: [awsPolicyArn('AWSCloudShellPowerUserAccess')] })],
    });
    expect(evaluate(iamCloudshellFullAccessNotAttached, withAuthorization(authorization))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('fails every user, group and role holding it', () => {
    const authorization = iamAuthorization({
      users: [iamUser('alice', { attachedPolicyArns: [CLOUDSHELL] }), iamUser('bob')],
      groups: [iamGroup('ops', { attachedPolicyArns: [CLOUDSHELL] })],
      roles: [
        iamRole('console', {
          attachedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AWSCloudShellFullAccess'],
        }),
      ],
    });
    const findings = evaluate(iamCloudshellFullAccessNotAttached, withAuthorization(authorization));
    expect(findings.map((f) => [f.resourceId, f.resourceType, f.status])).toEqual([
      ['arn:aws:iam::111111111111:user/alice', 'AwsIamUser', 'FAIL'],
      ['arn:aws:iam::111111111111:group/ops', 'AwsIamGroup', 'FAIL'],
      ['arn:aws:iam::111111111111:role/console', 'AwsIamRole', 'FAIL'],
    ]);
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization').build();
    expect(evaluate(iamCloudshellFullAccessNotAttached, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
