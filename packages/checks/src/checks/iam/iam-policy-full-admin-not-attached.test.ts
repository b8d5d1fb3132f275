import { describe, expect, it } from 'vitest';
import {
  allowStatement,
  customerPolicy,
  evaluate,
  FULL_ADMIN_STATEMENT,
  InventoryBuilder,
  iamAuthorization,
} from '../../fixtures/index.js';
import type { IamCustomerManagedPolicy } from '../../inventory/iam.js';
import { iamPolicyFullAdminNotAttached } from './iam-policy-full-admin-not-attached.js';

const withPolicies = (...customerManagedPolicies: IamCustomerManagedPolicy[]) =>
  new InventoryBuilder().global('iam.authorization', iamAuthorization({ customerManagedPolicies })).build();

describe('iam-policy-full-admin-not-attached', () => {
  it('passes at account level when no customer policy is attached', () => {
    expect(evaluate(iamPolicyFullAdminNotAttached, withPolicies())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
    expect(
      evaluate(
        iamPolicyFullAdminNotAttached,
        withPolicies(customerPolicy('Draft', [FULL_ADMIN_STATEMENT], 0)),
      ),
    ).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('fails an attached "*" on "*" policy ("*:*" too) and passes a scoped one', () => {
    const findings = evaluate(
      iamPolicyFullAdminNotAttached,
      withPolicies(
        customerPolicy('Scoped', [allowStatement(['s3:*'], ['*'])]),
        customerPolicy('Legacy', [allowStatement(['s3:GetObject']), FULL_ADMIN_STATEMENT], 3),
        customerPolicy('Colon', [allowStatement(['*:*'])]),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.resourceType, f.status])).toEqual([
      ['arn:aws:iam::111111111111:policy/Scoped', 'AwsIamPolicy', 'PASS'],
      ['arn:aws:iam::111111111111:policy/Legacy', 'AwsIamPolicy', 'FAIL'],
      ['arn:aws:iam::111111111111:policy/Colon', 'AwsIamPolicy', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { attachmentCount: 3 } });
  });

  it('does not count a conditioned, resource-scoped, NotAction or Deny statement as full admin', () => {
    const findings = evaluate(
      iamPolicyFullAdminNotAttached,
      withPolicies(
        customerPolicy('Conditioned', [
          allowStatement(['*'], ['*'], { conditions: { Bool: { 'aws:multifactorauthpresent': ['true'] } } }),
        ]),
        customerPolicy('OneBucket', [allowStatement(['*'], ['arn:aws:s3:::bucket'])]),
        customerPolicy('NotIam', [allowStatement([], ['*'], { notActions: ['iam:*'] })]),
        customerPolicy('Deny', [{ ...FULL_ADMIN_STATEMENT, effect: 'Deny' }]),
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('is an ERROR when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization', 'Throttling').build();
    expect(evaluate(iamPolicyFullAdminNotAttached, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'Throttling' },
    ]);
  });
});
