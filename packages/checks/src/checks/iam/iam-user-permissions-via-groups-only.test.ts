import { describe, expect, it } from 'vitest';
import {
  awsPolicyArn,
  evaluate,
  FULL_ADMIN_STATEMENT,
  InventoryBuilder,
  iamAuthorization,
  iamUser,
  inlinePolicy,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamUserPermissionsViaGroupsOnly } from './iam-user-permissions-via-groups-only.js';

const withAuthorization = (authorization: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', authorization).build();

describe('iam-user-permissions-via-groups-only', () => {
  it('passes at account level when there are no users', () => {
    expect(evaluate(iamUserPermissionsViaGroupsOnly, withAuthorization(iamAuthorization()))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('passes users with only groups (or nothing), fails users with attached or inline policies', () => {
    const findings = evaluate(
      iamUserPermissionsViaGroupsOnly,
      withAuthorization(
        iamAuthorization({
          users: [
            iamUser('alice', { groups: ['Developers'] }),
            iamUser('idle'),
            iamUser('deployer', { attachedPolicyArns: [awsPolicyArn('AdministratorAccess')] }),
            iamUser('etl', { inlinePolicies: [inlinePolicy('etl-all', [FULL_ADMIN_STATEMENT])] }),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:iam::111111111111:user/alice', 'PASS'],
      ['arn:aws:iam::111111111111:user/idle', 'PASS'],
      ['arn:aws:iam::111111111111:user/deployer', 'FAIL'],
      ['arn:aws:iam::111111111111:user/etl', 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({
      evidence: { attachedPolicies: ['AdministratorAccess'], inlinePolicies: [] },
    });
    expect(findings[3]?.message).toContain('inline etl-all');
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('iam.authorization', 'AccessDenied', 'iam:GetAccountAuthorizationDetails')
      .build();
    expect(evaluate(iamUserPermissionsViaGroupsOnly, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
