import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { serviceWildcardActions } from '../../policy/action-grants.js';
import { iamPolicyResource, judgedCustomerPolicies } from './judged-customer-policies.js';

/**
 * FSBP IAM.21: no customer managed policy (attached or not; permissions boundaries excepted) has an Allow
 * statement whose Action or NotAction is a whole service, `"<service>:*"`. Prefixed wildcards such as
 * `ec2:Describe*` pass; `"*"` alone is IAM.1's (iam-policy-full-admin-not-attached).
 */
export const iamPolicyServiceWildcardNotAllowed = defineCheck({
  id: 'iam-policy-service-wildcard-not-allowed',
  title: 'Customer managed policies do not allow every action of a service ("<service>:*")',
  service: 'iam',
  severity: 'low',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'aws-fsbp': ['IAM.21'] },
  remediation: {
    text: 'Replace "<service>:*" with the actions the principals need (use IAM Access Analyzer policy generation or last-accessed data), then publish it as the default version.',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  evaluate(ctx) {
    const policies = judgedCustomerPolicies(ctx.slice('iam.authorization'));
    if (policies.length === 0)
      return [pass(ctx.scopeResource, 'The account has no customer managed policy.')];
    return policies.map((policy) => {
      const wildcards = [...new Set(policy.statements.flatMap(serviceWildcardActions))];
      const evidence = { attachmentCount: policy.attachmentCount, serviceWildcards: wildcards };
      return wildcards.length > 0
        ? fail(
            iamPolicyResource(policy),
            `Policy ${policy.name} allows every action of a service: ${wildcards.join(', ')}.`,
            evidence,
          )
        : pass(iamPolicyResource(policy), `Policy ${policy.name} allows no "<service>:*" action.`, evidence);
    });
  },
});
