import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rootCredentialRow } from './root-credential-row.js';

export const iamRootAccessKeysAbsent = defineCheck({
  id: 'iam-root-access-keys-absent',
  title: 'The root user has no access keys',
  service: 'iam',
  severity: 'critical',
  scope: 'global',
  requires: ['iam.accountSummary', 'iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.4'], 'account-checklist': ['3'], 'aws-fsbp': ['IAM.4'] },
  remediation: {
    text: 'Sign in as the root user, open Security credentials and delete every root access key; use IAM roles instead.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  evaluate(ctx) {
    const summary = ctx.slice('iam.accountSummary');
    if (summary.accountAccessKeysPresent) {
      return [
        fail(
          ctx.scopeResource,
          'The root user has access keys (account summary AccountAccessKeysPresent = 1).',
        ),
      ];
    }
    const root = rootCredentialRow(ctx);
    const activeSlots = root.accessKeys.flatMap((key, index) => (key.active ? [index + 1] : []));
    if (activeSlots.length > 0) {
      return [
        fail(
          ctx.scopeResource,
          `The credential report shows active root access key(s) in slot ${activeSlots.join(', ')}.`,
          {
            activeKeySlots: activeSlots.map(String),
          },
        ),
      ];
    }
    return [pass(ctx.scopeResource, 'The root user has no access keys.')];
  },
});
