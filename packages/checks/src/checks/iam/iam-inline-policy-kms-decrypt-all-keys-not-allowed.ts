import type { IamPrincipalPolicies } from '../../inventory/iam.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { decryptionOnAllKeys } from '../../policy/action-grants.js';
import { iamPrincipalResource } from './iam-principal-resource.js';

type PrincipalType = 'AwsIamUser' | 'AwsIamGroup' | 'AwsIamRole';

/**
 * FSBP KMS.2: no user, group or role has an inline policy that allows kms:Decrypt or kms:ReEncryptFrom on
 * every KMS key; conditions are not credited. Principals without inline policies are not judged. Roles AWS
 * services create and manage (service-linked) are AWS's, as in AWS's evaluation of IAM resources.
 */
export const iamInlinePolicyKmsDecryptAllKeysNotAllowed = defineCheck({
  id: 'iam-inline-policy-kms-decrypt-all-keys-not-allowed',
  title: 'Inline policies of users, groups and roles do not allow KMS decryption on all keys',
  service: 'iam',
  severity: 'medium',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'aws-fsbp': ['KMS.2'] },
  remediation: {
    text: 'Scope kms:Decrypt and kms:ReEncryptFrom in the inline policy to the ARNs of the keys the principal needs.',
    cli: 'aws iam put-role-policy --role-name <role> --policy-name <name> --policy-document file://scoped-kms.json',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  },
  evaluate(ctx) {
    const authorization = ctx.slice('iam.authorization');
    const principals: [IamPrincipalPolicies, PrincipalType][] = [
      ...authorization.users.map((user): [IamPrincipalPolicies, PrincipalType] => [user, 'AwsIamUser']),
      ...authorization.groups.map((group): [IamPrincipalPolicies, PrincipalType] => [group, 'AwsIamGroup']),
      ...authorization.roles
        .filter((role) => !role.serviceLinked)
        .map((role): [IamPrincipalPolicies, PrincipalType] => [role, 'AwsIamRole']),
    ];
    const results: CheckResult[] = [];
    for (const [principal, type] of principals) {
      if (principal.inlinePolicies.length === 0) continue;
      const resource = iamPrincipalResource(principal, type);
      const offending = principal.inlinePolicies.flatMap((policy) => {
        const actions = decryptionOnAllKeys(policy.statements);
        return actions.length > 0 ? [`${policy.name} (${actions.join(', ')})`] : [];
      });
      results.push(
        offending.length > 0
          ? fail(
              resource,
              `${principal.name} has inline policies allowing decryption on all KMS keys: ${offending.join('; ')}.`,
              { inlinePolicies: offending },
            )
          : pass(resource, `No inline policy of ${principal.name} allows decryption on all KMS keys.`),
      );
    }
    if (results.length === 0)
      return [pass(ctx.scopeResource, 'No user, group or role of the account has an inline policy.')];
    return results;
  },
});
