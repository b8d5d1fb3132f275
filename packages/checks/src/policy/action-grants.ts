import { type PolicyStatement, statementCoversAction, wildcardMatches } from './policy-document.js';

/**
 * What identity-policy statements allow, independent of who holds them: FSBP's IAM.21 (a whole service's
 * actions) and KMS.1/KMS.2 (decryption on every KMS key). Conditions are not credited, as AWS's evaluations
 * of those controls ignore them.
 */

/** `<service>:*`: every action of one service (`s3:*`), as opposed to a prefix such as `ec2:Describe*`. */
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;

/** The `<service>:*` elements of an Allow statement's Action or NotAction (an Allow NotAction is as broad). */
export function serviceWildcardActions(statement: PolicyStatement): string[] {
  if (statement.effect !== 'Allow') return [];
  return [...statement.actions, ...statement.notActions].filter((action) => SERVICE_WILDCARD.test(action));
}

/**
 * Two KMS key ARNs that share nothing but their partition and shape: a Resource element matching both is
 * not scoped to particular keys, accounts or regions (`*`, `arn:aws:kms:*:*:key/*`, `arn:*:kms:*`).
 */
const UNRELATED_KEY_ARNS = [
  'arn:aws:kms:us-east-1:111111111111:key/00000000-0000-4000-8000-000000000000',
  'arn:aws:kms:eu-west-1:222222222222:key/mrk-ffffffffffffffffffffffffffffffff',
] as const;

function coversEveryKey(statement: PolicyStatement): boolean {
  if (statement.notResources.length > 0) {
    return UNRELATED_KEY_ARNS.every(
      (arn) => !statement.notResources.some((pattern) => wildcardMatches(pattern, arn)),
    );
  }
  return statement.resources.some((pattern) =>
    UNRELATED_KEY_ARNS.every((arn) => wildcardMatches(pattern, arn)),
  );
}

/** Decryption actions FSBP KMS.1 and KMS.2 block on all keys (AWS's blockedActionsPatterns). */
export const KMS_DECRYPTION_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

/** The decryption actions the statements allow on every KMS key (wildcards such as kms:* included). */
export function decryptionOnAllKeys(statements: readonly PolicyStatement[]): string[] {
  return KMS_DECRYPTION_ACTIONS.filter((action) =>
    statements.some(
      (statement) =>
        statement.effect === 'Allow' && statementCoversAction(statement, action) && coversEveryKey(statement),
    ),
  );
}
