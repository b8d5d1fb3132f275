import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { kmsKeyResource } from './kms-key-resource.js';

/**
 * FSBP KMS.3: no customer managed KMS key is scheduled for deletion (KeyState PendingDeletion). AWS managed
 * keys are AWS's and are not judged. A key whose description cannot be read is an ERROR: it may be one.
 */
export const kmsKeyNotPendingDeletion = defineCheck({
  id: 'kms-key-not-pending-deletion',
  title: 'Customer managed KMS keys are not scheduled for deletion',
  service: 'kms',
  severity: 'critical',
  scope: 'regional',
  requires: ['kms.keys'],
  compliance: { 'aws-fsbp': ['KMS.3'] },
  remediation: {
    text: 'If the deletion is not intended, cancel it during the waiting period and re-enable the key; data encrypted under a deleted key cannot be decrypted.',
    cli: 'aws kms cancel-key-deletion --key-id <key id> --region <region> && aws kms enable-key --key-id <key id> --region <region>',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const key of ctx.slice('kms.keys')) {
      const resource = kmsKeyResource(key);
      if (!key.details.ok) {
        results.push(unreadableField(resource, key.details, `key ${key.id}`));
        continue;
      }
      if (key.details.value.manager !== 'CUSTOMER') continue;
      const evidence = { keyState: key.details.value.state };
      results.push(
        key.details.value.state === 'PendingDeletion'
          ? fail(resource, `Customer managed key ${key.id} is scheduled for deletion.`, evidence)
          : pass(resource, `Customer managed key ${key.id} is not scheduled for deletion.`, evidence),
      );
    }
    if (results.length === 0) {
      return [pass(ctx.scopeResource, `No customer managed KMS key in ${ctx.region}.`)];
    }
    return results;
  },
});
