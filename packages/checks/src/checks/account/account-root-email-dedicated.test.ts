import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { accountRootEmailDedicated } from './account-root-email-dedicated.js';

const contact = new InventoryBuilder()
  .global('account.securityContact', { registered: true, emailDomain: 'corp.example' })
  .build();
const withEmail = (email: string | null) =>
  evaluate(accountRootEmailDedicated, contact, { account: { email } });

describe('account-root-email-dedicated', () => {
  it('passes a role alias on a corporate domain, plus-addressed or not', () => {
    expect(withEmail('aws+prod-web@corp.example')).toMatchObject([
      {
        status: 'PASS',
        evidence: { domain: 'corp.example', plusAddressed: true, securityContactRegistered: true },
      },
    ]);
    expect(withEmail('cloud.ops@corp.example')).toMatchObject([{ status: 'PASS' }]);
    expect(withEmail('AWS-Root@Corp.Example')).toMatchObject([{ status: 'PASS' }]);
  });

  it("fails a person's name, even on the corporate domain and plus-addressed", () => {
    const [finding] = withEmail('jane.doe+aws@corp.example');
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain("person's name");
    expect(withEmail('j_smith@corp.example')).toMatchObject([{ status: 'FAIL' }]);
  });

  it('fails a free-mail domain, even for a role-shaped mailbox, and names both problems together', () => {
    expect(withEmail('aws-admin@gmail.com')).toMatchObject([{ status: 'FAIL' }]);
    const [both] = withEmail('jane.doe@gmail.com');
    expect(both?.message).toContain('free-mail domain gmail.com');
    expect(both?.message).toContain("person's name");
    expect(both?.message).not.toContain('jane');
  });

  it('is an ERROR when Organizations gave no usable e-mail address', () => {
    expect(withEmail(null)).toMatchObject([{ status: 'ERROR', errorCode: 'AccountEmailUnknown' }]);
    expect(withEmail('not-an-address')).toMatchObject([
      { status: 'ERROR', errorCode: 'AccountEmailUnknown' },
    ]);
  });

  it('still judges the e-mail when the security contact cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('account.securityContact').build();
    expect(
      evaluate(accountRootEmailDedicated, inventory, { account: { email: 'aws@corp.example' } }),
    ).toMatchObject([{ status: 'PASS', evidence: { securityContactRegistered: null } }]);
  });
});
