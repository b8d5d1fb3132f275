import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

export const iamAccountAliasSet = defineCheck({
  id: 'iam-account-alias-set',
  title: 'The account has an alias, so its IAM sign-in URL is recognisable',
  service: 'iam',
  severity: 'low',
  scope: 'global',
  requires: ['iam.accountAliases'],
  compliance: { 'account-checklist': ['4'] },
  remediation: {
    text: 'Create an account alias and record the sign-in URL https://<alias>.signin.aws.amazon.com/console where the team keeps its runbooks (or sign in through the IAM Identity Center access portal).',
    cli: 'aws iam create-account-alias --account-alias <alias>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/console-account-alias.html',
  },
  evaluate(ctx) {
    const [alias] = ctx.slice('iam.accountAliases');
    if (alias === undefined) {
      return [
        fail(
          ctx.scopeResource,
          'The account has no alias: its IAM sign-in URL is only the 12-digit account id, easy to mistype and to phish.',
        ),
      ];
    }
    return [pass(ctx.scopeResource, `The account alias is ${alias}.`, { alias })];
  },
});
