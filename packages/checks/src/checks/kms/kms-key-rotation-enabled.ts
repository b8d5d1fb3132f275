import { isAutoRotatable } from '../../inventory/kms.js';
import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, error, fail, pass } from '../../model/check-result.js';
import { kmsKeyResource } from './kms-key-resource.js';

/** CIS 4.6 judges enabled customer-managed symmetric keys with AWS-made material (see isAutoRotatable). */
export const kmsKeyRotationEnabled = defineCheck({
  id: 'kms-key-rotation-enabled',
  title: 'Automatic rotation is enabled for customer-managed symmetric KMS keys',
  service: 'kms',
  severity: 'medium',
  scope: 'regional',
  requires: ['kms.keys'],
  compliance: { 'cis-aws-7.0.0': ['4.6'] },
  remediation: {
    text: 'Enable automatic key rotation on the key (yearly by default; 90 to 2560 days can be set).',
    cli: 'aws kms enable-key-rotation --key-id <key id> --region <region>',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    for (const key of ctx.slice('kms.keys')) {
      const resource = kmsKeyResource(key);
      if (!key.details.ok) {
        // Unknown kind: it may be a customer-managed symmetric key.
        results.push(unreadableField(resource, key.details, `key ${key.id}`));
        continue;
      }
      if (!isAutoRotatable(key.details.value)) continue;
      if (key.rotation === null) {
        results.push(
          error(resource, 'NotCollected', `The rotation status of key ${key.id} was not collected.`),
        );
      } else if (!key.rotation.ok) {
        results.push(unreadableField(resource, key.rotation, `the rotation status of key ${key.id}`));
      } else if (key.rotation.value.enabled) {
        const period = key.rotation.value.periodDays;
        results.push(
          pass(resource, `Key ${key.id} rotates automatically${period ? ` every ${period} days` : ''}.`, {
            rotationPeriodDays: period,
          }),
        );
      } else {
        results.push(
          fail(resource, `Key ${key.id} is a customer-managed symmetric key without automatic rotation.`),
        );
      }
    }
    if (results.length === 0) {
      return [pass(ctx.scopeResource, `No enabled customer-managed symmetric KMS key in ${ctx.region}.`)];
    }
    return results;
  },
});
