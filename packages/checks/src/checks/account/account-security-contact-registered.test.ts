import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { accountSecurityContactRegistered } from './account-security-contact-registered.js';

const withContact = (registered: boolean, emailDomain: string | null = null) =>
  new InventoryBuilder().global('account.securityContact', { registered, emailDomain }).build();

describe('account-security-contact-registered', () => {
  it('passes when a SECURITY contact is registered, naming its domain', () => {
    const [finding, ...rest] = evaluate(accountSecurityContactRegistered, withContact(true, 'corp.example'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: 'PASS',
      resourceType: 'AwsAccount',
      evidence: { emailDomain: 'corp.example' },
    });
    expect(finding?.message).toContain('corp.example');
  });

  it('fails when no SECURITY contact is registered', () => {
    expect(evaluate(accountSecurityContactRegistered, withContact(false))).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('is an ERROR with the AWS code when the contact cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('account.securityContact', 'AccessDeniedException', 'account:GetAlternateContact')
      .build();
    expect(evaluate(accountSecurityContactRegistered, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
