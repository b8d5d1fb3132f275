/**
 * An environment variable (Lambda, ECS container) whose value looks like an AWS credential or whose name
 * says it holds a secret. Collectors inspect values and keep only the name and why: values never leave them.
 * - access-key-id: the value contains an AWS access key id (AKIA/ASIA + 16 upper-case letters or digits)
 * - secret-access-key: the value is a 40-character base64 string in an environment that also holds an
 *   access key id, or in a variable named like a secret access key
 * - secret-name: the name contains SECRET, PASSWORD, PASSWD, TOKEN, API_KEY, APIKEY or PRIVATE_KEY, the
 *   value is not empty and not a reference (an ARN), and the name does not end in a reference suffix
 *   (_ARN, _NAME, _ID, _PATH, _PARAM, _PARAMETER, _URL, _URI, _FILE, _ENDPOINT, _REGION)
 */
export interface SecretShapedVariable {
  readonly name: string;
  readonly reason: 'access-key-id' | 'secret-access-key' | 'secret-name';
}

const REASON_TEXT: Readonly<Record<SecretShapedVariable['reason'], string>> = {
  'access-key-id': 'value looks like an access key id',
  'secret-access-key': 'value looks like a secret access key',
  'secret-name': 'name says it holds a secret',
};

/** "AWS_ACCESS_KEY_ID (value looks like an access key id), ..." for messages. Never a value. */
export function describeSecretShaped(variables: readonly SecretShapedVariable[]): string {
  return variables.map((variable) => `${variable.name} (${REASON_TEXT[variable.reason]})`).join(', ');
}
