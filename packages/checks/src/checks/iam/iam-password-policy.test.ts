import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { IamPasswordPolicy } from '../../inventory/iam.js';
import { iamPasswordPolicyLength14 } from './iam-password-policy-length-14.js';
import { iamPasswordPolicyReuse24 } from './iam-password-policy-reuse-24.js';

function policy(fields: Partial<IamPasswordPolicy>): IamPasswordPolicy {
  return {
    minimumPasswordLength: 8,
    passwordReusePrevention: null,
    requireSymbols: false,
    requireNumbers: false,
    requireUppercaseCharacters: false,
    requireLowercaseCharacters: false,
    maxPasswordAge: null,
    expirePasswords: false,
    ...fields,
  };
}

const withPolicy = (value: IamPasswordPolicy | null) =>
  new InventoryBuilder().global('iam.passwordPolicy', value).build();

describe('iam-password-policy-length-14', () => {
  it('fails when the account has no password policy', () => {
    expect(evaluate(iamPasswordPolicyLength14, withPolicy(null))).toMatchObject([{ status: 'FAIL' }]);
  });
  it('passes at exactly 14 and fails at 13', () => {
    expect(
      evaluate(iamPasswordPolicyLength14, withPolicy(policy({ minimumPasswordLength: 14 }))),
    ).toMatchObject([{ status: 'PASS', evidence: { minimumPasswordLength: 14 } }]);
    expect(
      evaluate(iamPasswordPolicyLength14, withPolicy(policy({ minimumPasswordLength: 13 }))),
    ).toMatchObject([{ status: 'FAIL' }]);
  });
  it('is an ERROR when the policy cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.passwordPolicy', 'AccessDenied').build();
    expect(evaluate(iamPasswordPolicyLength14, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});

describe('iam-password-policy-reuse-24', () => {
  it('fails when the account has no password policy', () => {
    expect(evaluate(iamPasswordPolicyReuse24, withPolicy(null))).toMatchObject([{ status: 'FAIL' }]);
  });
  it('fails when reuse prevention is unset or below 24, passes at 24', () => {
    expect(evaluate(iamPasswordPolicyReuse24, withPolicy(policy({})))).toMatchObject([{ status: 'FAIL' }]);
    expect(
      evaluate(iamPasswordPolicyReuse24, withPolicy(policy({ passwordReusePrevention: 23 }))),
    ).toMatchObject([{ status: 'FAIL' }]);
    expect(
      evaluate(iamPasswordPolicyReuse24, withPolicy(policy({ passwordReusePrevention: 24 }))),
    ).toMatchObject([{ status: 'PASS' }]);
  });
  it('is an ERROR when the policy cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.passwordPolicy', 'Throttling').build();
    expect(evaluate(iamPasswordPolicyReuse24, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'Throttling' },
    ]);
  });
});
