import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { NotEvaluableError } from '../../model/not-evaluable.js';
import { rootEmailShape } from './root-email-shape.js';

export const accountRootEmailDedicated = defineCheck({
  id: 'account-root-email-dedicated',
  title: "The root e-mail address is a corporate role alias, not a person's or a free-mail address",
  service: 'account',
  severity: 'medium',
  scope: 'global',
  // Read for evidence only: the e-mail itself comes from Organizations (ListAccounts).
  requires: ['account.securityContact'],
  compliance: { 'account-checklist': ['1'] },
  remediation: {
    text: 'Change the root user e-mail to a distribution list or role alias on a domain the organization controls (plus-addressing such as aws+<account>@corp.example is fine), so account recovery does not depend on one person or a consumer mailbox.',
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html',
  },
  evaluate(ctx) {
    const email = ctx.account.email;
    const shape = email ? rootEmailShape(email) : null;
    if (!shape) {
      throw new NotEvaluableError(
        'AccountEmailUnknown',
        'Organizations gave no usable root e-mail address for this account, so its shape cannot be judged.',
      );
    }
    const contact = ctx.sliceResult('account.securityContact');
    const evidence = {
      domain: shape.domain,
      plusAddressed: shape.plusAddressed,
      securityContactRegistered: contact.ok ? contact.value.registered : null,
    };
    const problems: string[] = [];
    if (shape.freeMailDomain) {
      problems.push(`uses the free-mail domain ${shape.domain} (not one the organization controls)`);
    }
    if (shape.looksLikePersonName) {
      problems.push(
        "has a mailbox shaped like a person's name (first.last) rather than a role alias or list",
      );
    }
    if (problems.length > 0) {
      return [fail(ctx.scopeResource, `The root e-mail address ${problems.join(' and ')}.`, evidence)];
    }
    return [
      pass(
        ctx.scopeResource,
        `The root e-mail address is on the corporate domain ${shape.domain} and its mailbox is not shaped like a person's name${shape.plusAddressed ? ' (plus-addressed)' : ''}.`,
        evidence,
      ),
    ];
  },
});
