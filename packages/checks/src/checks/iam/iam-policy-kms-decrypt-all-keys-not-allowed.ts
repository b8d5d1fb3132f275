import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { decryptionOnAllKeys } from '../../policy/action-grants.js';
import { iamPolicyResource, judgedCustomerPolicies } from './judged-customer-policies.js';

/**
 * FSBP KMS.1: no customer managed policy (attached or not; permissions boundaries excepted) allows
 * kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*" or a key ARN pattern open in account and
 * key). Conditions are not credited, as AWS's evaluation ignores them.
 */
export const iamPolicyKmsDecryptAllKeysNotAllowed = defineCheck({
  id: 'iam-policy-kms-decrypt-all-keys-not-allowed',
  title: 'Customer managed policies do not allow KMS decryption on all keys',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'aws-fsbp': ['KMS.1'] },
  remediation: {
    text: 'Scope kms:Decrypt and kms:ReEncryptFrom to the ARNs of the keys the principals need, then publish it as the default version.',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped-kms.json --set-as-default',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  },
  evaluate(ctx) {
    const policies = judgedCustomerPolicies(ctx.slice('iam.authorization'));
    if (policies.length === 0)
      return [pass(ctx.scopeResource, 'The account has no customer managed policy.')];
    return policies.map((policy) => {
      const actions = decryptionOnAllKeys(policy.statements);
      const evidence = { attachmentCount: policy.attachmentCount, decryptionOnAllKeys: actions };
      return actions.length > 0
        ? fail(
            iamPolicyResource(policy),
            `Policy ${policy.name} allows ${actions.join(' and ')} on all KMS keys.`,
            evidence,
          )
        : pass(
            iamPolicyResource(policy),
            `Policy ${policy.name} allows no decryption on all KMS keys.`,
            evidence,
          );
    });
  },
});
