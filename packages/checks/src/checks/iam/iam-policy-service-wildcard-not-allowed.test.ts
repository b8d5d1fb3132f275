import { describe, expect, it } from 'vitest';
import {
  allowStatement,
  customerPolicy,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamPolicyServiceWildcardNotAllowed } from './iam-policy-service-wildcard-not-allowed.js';

const withAuthorization = (value: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', value).build();

describe('iam-policy-service-wildcard-not-allowed', () => {
  it('passes a policy with prefixed wildcards and fails one with "s3:*", attached or not', () => {
    const findings = evaluate(
      iamPolicyServiceWildcardNotAllowed,
      withAuthorization(
        iamAuthorization({
          customerManagedPolicies: [
            customerPolicy('ReadEc2', [allowStatement(['ec2:Describe*', 's3:GetObject'])]),
            customerPolicy('AllS3', [allowStatement(['s3:*'], ['arn:aws:s3:::data/*'])], 0),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:iam::111111111111:policy/ReadEc2', 'PASS'],
      ['arn:aws:iam::111111111111:policy/AllS3', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('s3:*');
    expect(findings[1]).toMatchObject({ evidence: { attachmentCount: 0, serviceWildcards: ['s3:*'] } });
  });

  it('fails an Allow NotAction of a whole service; a Deny "iam:*" passes', () => {
    const findings = evaluate(
      iamPolicyServiceWildcardNotAllowed,
      withAuthorization(
        iamAuthorization({
          customerManagedPolicies: [
            customerPolicy('AllButIam', [allowStatement([], ['*'], { notActions: ['iam:*'] })]),
            customerPolicy('DenyIam', [allowStatement(['iam:*'], ['*'], { effect: 'Deny' })]),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId.split('/')[1], f.status])).toEqual([
      ['AllButIam', 'FAIL'],
      ['DenyIam', 'PASS'],
    ]);
  });

  it('does not judge a policy used only as a permissions boundary, but judges an attached one', () => {
    const boundary = customerPolicy('Boundary', [allowStatement(['s3:*'])], 0, 3);
    const both = customerPolicy('BoundaryAndGrant', [allowStatement(['s3:*'])], 1, 3);
    const findings = evaluate(
      iamPolicyServiceWildcardNotAllowed,
      withAuthorization(iamAuthorization({ customerManagedPolicies: [boundary, both] })),
    );
    expect(findings.map((f) => [f.resourceId.split('/')[1], f.status])).toEqual([
      ['BoundaryAndGrant', 'FAIL'],
    ]);
  });

  it('passes the account when it has no customer managed policy', () => {
    expect(evaluate(iamPolicyServiceWildcardNotAllowed, withAuthorization(iamAuthorization()))).toMatchObject(
      [{ status: 'PASS', resourceType: 'AwsAccount' }],
    );
  });

  it('is an ERROR with the AWS code when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization', 'AccessDenied').build();
    expect(evaluate(iamPolicyServiceWildcardNotAllowed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
