import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { publicGrants, summarizeGrants } from '../../policy/public-access.js';
import { kmsKeyResource } from './kms-key-resource.js';

/** CIS 2.21 for KMS: customer-managed key policies (AWS-managed keys' policies are AWS's and narrowed). */
export const kmsKeyPolicyNotPublic = defineCheck({
  id: 'kms-key-policy-not-public',
  title: "KMS key policies do not grant Principal '*' without a narrowing condition",
  service: 'kms',
  severity: 'critical',
  scope: 'regional',
  requires: ['kms.keys'],
  compliance: { 'cis-aws-7.0.0': ['2.21'], 'aws-fsbp': ['KMS.5'] },
  remediation: {
    text: 'Name the principals that may use the key, or narrow Principal "*" with kms:CallerAccount, aws:PrincipalOrgID or aws:SourceAccount conditions.',
    cli: 'aws kms put-key-policy --key-id <key id> --policy-name default --policy file://key-policy.json',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const key of ctx.slice('kms.keys')) {
      const resource = kmsKeyResource(key);
      if (!key.details.ok) {
        results.push(unreadableField(resource, key.details, `key ${key.id}`));
        continue;
      }
      if (key.details.value.manager !== 'CUSTOMER' || key.policy === null) continue;
      if (!key.policy.ok) {
        results.push(unreadableField(resource, key.policy, `the policy of key ${key.id}`));
        continue;
      }
      const grants = publicGrants(key.policy.value);
      results.push(
        grants.length > 0
          ? fail(
              resource,
              `The policy of key ${key.id} grants everyone access: ${summarizeGrants(grants)}.`,
              {
                publicActions: grants.flatMap((grant) => grant.actions),
              },
            )
          : pass(
              resource,
              `The policy of key ${key.id} grants nothing to everyone without a narrowing condition.`,
            ),
      );
    }
    if (results.length === 0)
      return [pass(ctx.scopeResource, `No customer-managed KMS key in ${ctx.region}.`)];
    return results;
  },
});
