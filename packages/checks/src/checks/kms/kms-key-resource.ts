import type { KmsKey } from '../../inventory/kms.js';
import type { ResourceRef } from '../../model/resource.js';

export function kmsKeyResource(key: KmsKey): ResourceRef {
  return { id: key.arn, type: 'AwsKmsKey' };
}
