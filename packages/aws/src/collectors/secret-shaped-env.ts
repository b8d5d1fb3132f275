import type { SecretShapedVariable } from '@orgscan/checks';

/** An AWS access key id: AKIA (long-term) or ASIA (temporary) + 16 upper-case letters or digits. */
const ACCESS_KEY_ID = /(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
/** The shape of a secret access key: exactly 40 base64 characters. */
const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+=]{40}$/;
/** Name fragments that say the value is a secret (matched on the upper-cased name). */
const SECRET_NAME_PARTS = ['SECRET', 'PASSWORD', 'PASSWD', 'TOKEN', 'API_KEY', 'APIKEY', 'PRIVATE_KEY'];
/** Name endings that say the value only points at a secret (its ARN, name, path...), which is the remedy. */
const REFERENCE_SUFFIX = /_(ARN|NAME|ID|PATH|PARAM|PARAMETER|URL|URI|FILE|ENDPOINT|REGION)$/;

function namedLikeSecret(name: string): boolean {
  const upper = name.toUpperCase();
  return SECRET_NAME_PARTS.some((part) => upper.includes(part)) && !REFERENCE_SUFFIX.test(upper);
}

/**
 * The variables of one environment (a Lambda function, an ECS container) that hold something shaped like
 * an AWS credential or a secret, by name and reason; the rule is documented on SecretShapedVariable.
 * Values are read here and never returned.
 */
export function secretShapedVariables(
  variables: Iterable<readonly [name: string, value: string | undefined]>,
): SecretShapedVariable[] {
  const entries = [...variables].map(([name, value]) => ({ name, value: (value ?? '').trim() }));
  const holdsAccessKeyId = entries.some(({ value }) => ACCESS_KEY_ID.test(value));
  const found: SecretShapedVariable[] = [];
  for (const { name, value } of entries) {
    if (value === '') continue;
    if (ACCESS_KEY_ID.test(value)) {
      found.push({ name, reason: 'access-key-id' });
    } else if (
      SECRET_ACCESS_KEY.test(value) &&
      (holdsAccessKeyId || /SECRET_?ACCESS_?KEY/.test(name.toUpperCase()))
    ) {
      found.push({ name, reason: 'secret-access-key' });
    } else if (namedLikeSecret(name) && !value.startsWith('arn:')) {
      found.push({ name, reason: 'secret-name' });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
