import type { SecretsManagerSecret } from '../../inventory/secretsmanager.js';
import type { ResourceRef } from '../../model/resource.js';

export function secretResource(secret: SecretsManagerSecret): ResourceRef {
  return { id: secret.arn, type: 'AwsSecretsManagerSecret' };
}
