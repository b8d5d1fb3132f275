import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

export const accountSecurityContactRegistered = defineCheck({
  id: 'account-security-contact-registered',
  title: 'A security alternate contact is registered for the account',
  service: 'account',
  severity: 'medium',
  scope: 'global',
  requires: ['account.securityContact'],
  compliance: { 'cis-aws-7.0.0': ['2.3'], 'account-checklist': ['1', '15'], 'aws-fsbp': ['Account.1'] },
  remediation: {
    text: 'Register a SECURITY alternate contact that reaches the security team (a shared mailbox, not one person), so AWS security notices reach people who act on them.',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --email-address security@example.com --name "Security team" --title "Security" --phone-number "+1-555-0100"',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
  },
  evaluate(ctx) {
    const contact = ctx.slice('account.securityContact');
    if (!contact.registered) {
      return [
        fail(
          ctx.scopeResource,
          'No SECURITY alternate contact is registered: AWS security notices reach only the root e-mail address.',
        ),
      ];
    }
    const where = contact.emailDomain ? ` (e-mail at ${contact.emailDomain})` : '';
    return [
      pass(ctx.scopeResource, `A SECURITY alternate contact is registered${where}.`, {
        emailDomain: contact.emailDomain,
      }),
    ];
  },
});
