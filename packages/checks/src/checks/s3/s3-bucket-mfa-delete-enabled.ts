import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { bucketResource } from './bucket-policy.js';

export const s3BucketMfaDeleteEnabled = defineCheck({
  id: 's3-bucket-mfa-delete-enabled',
  title: 'S3 buckets have versioning with MFA Delete enabled',
  service: 's3',
  severity: 'low',
  scope: 'global',
  requires: ['s3.buckets'],
  compliance: { 'cis-aws-7.0.0': ['3.1.2'] },
  remediation: {
    text: 'As the root user with its MFA device, enable versioning with MFA Delete on the bucket (only the CLI or API can do it).',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account>:mfa/root-account-mfa-device <code>"',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    if (buckets.length === 0) return [pass(ctx.scopeResource, 'The account has no S3 buckets.')];
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      if (!bucket.versioning.ok) {
        return unreadableField(resource, bucket.versioning, `the versioning of bucket ${bucket.name}`);
      }
      const { status, mfaDelete } = bucket.versioning.value;
      const evidence = { versioning: status ?? 'Never enabled', mfaDelete };
      if (status === 'Enabled' && mfaDelete) {
        return pass(resource, `Bucket ${bucket.name} has versioning and MFA Delete enabled.`, evidence);
      }
      return fail(
        resource,
        status === 'Enabled'
          ? `Bucket ${bucket.name} has versioning enabled but MFA Delete disabled.`
          : `Bucket ${bucket.name} has versioning ${status === 'Suspended' ? 'suspended' : 'never enabled'}, so MFA Delete is off.`,
        evidence,
      );
    });
  },
});
