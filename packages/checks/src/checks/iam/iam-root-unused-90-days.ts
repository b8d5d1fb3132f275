import { ageInDays } from '../../model/age.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rootCredentialRow } from './root-credential-row.js';

/**
 * Root is for the few tasks only it can do (a handful a year). Any use in the last 90 days is reported so
 * someone confirms it was one of those tasks; a longer window would let routine use go unnoticed for months.
 */
const WINDOW_DAYS = 90;

export const iamRootUnused90Days = defineCheck({
  id: 'iam-root-unused-90-days',
  title: 'The root user has not been used in the last 90 days',
  service: 'iam',
  severity: 'high',
  scope: 'global',
  requires: ['iam.credentialReport'],
  compliance: { 'cis-aws-7.0.0': ['2.7'], 'account-checklist': ['3', '5'] },
  remediation: {
    text: 'Review the root activity in CloudTrail (userIdentity.type = Root). Do daily work with IAM roles or Identity Center users, keep root for root-only tasks, and delete any root access key.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
  },
  evaluate(ctx) {
    const root = rootCredentialRow(ctx);
    const uses = [
      { credential: 'console password', days: ageInDays(root.passwordLastUsed, ctx.now) },
      { credential: 'access key 1', days: ageInDays(root.accessKeys[0].lastUsedDate, ctx.now) },
      { credential: 'access key 2', days: ageInDays(root.accessKeys[1].lastUsedDate, ctx.now) },
    ].flatMap(({ credential, days }) => (days === null ? [] : [{ credential, days }]));
    const lastUsedDaysAgo = uses.length === 0 ? null : Math.min(...uses.map((use) => use.days));
    const evidence = { lastUsedDaysAgo, windowDays: WINDOW_DAYS };
    const recent = uses.filter((use) => use.days <= WINDOW_DAYS);
    if (recent.length > 0) {
      const described = recent.map((use) => `${use.credential} ${use.days} days ago`).join(', ');
      return [
        fail(ctx.scopeResource, `The root user was used within ${WINDOW_DAYS} days: ${described}.`, evidence),
      ];
    }
    return [
      pass(
        ctx.scopeResource,
        lastUsedDaysAgo === null
          ? 'The credential report shows no use of the root user.'
          : `The root user was last used ${lastUsedDaysAgo} days ago.`,
        evidence,
      ),
    ];
  },
});
