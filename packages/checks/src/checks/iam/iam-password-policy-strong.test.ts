import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { IamPasswordPolicy } from '../../inventory/iam.js';
import { iamPasswordPolicyStrong } from './iam-password-policy-strong.js';

const STRONG: IamPasswordPolicy = {
  minimumPasswordLength: 8,
  passwordReusePrevention: null,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  maxPasswordAge: null,
  expirePasswords: false,
};

const withPolicy = (value: IamPasswordPolicy | null) =>
  new InventoryBuilder().global('iam.passwordPolicy', value).build();

describe('iam-password-policy-strong', () => {
  it('passes with all four character classes and 8 characters, reuse and age unset', () => {
    expect(evaluate(iamPasswordPolicyStrong, withPolicy(STRONG))).toMatchObject([
      { status: 'PASS', evidence: { minimumPasswordLength: 8 } },
    ]);
  });

  it('fails when the account has no password policy', () => {
    expect(evaluate(iamPasswordPolicyStrong, withPolicy(null))).toMatchObject([{ status: 'FAIL' }]);
  });

  it.each([
    ['requireUppercaseCharacters', 'uppercase'],
    ['requireLowercaseCharacters', 'lowercase'],
    ['requireSymbols', 'symbol'],
    ['requireNumbers', 'number'],
  ] as const)('fails when %s is off', (field, word) => {
    const [finding] = evaluate(iamPasswordPolicyStrong, withPolicy({ ...STRONG, [field]: false }));
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain(word);
  });

  it('fails below 8 characters', () => {
    const [finding] = evaluate(iamPasswordPolicyStrong, withPolicy({ ...STRONG, minimumPasswordLength: 7 }));
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain('minimum length 7');
  });

  it('is an ERROR with the AWS code when the policy cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.passwordPolicy', 'AccessDenied').build();
    expect(evaluate(iamPasswordPolicyStrong, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
