import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { bucketResource } from './bucket-policy.js';

/**
 * FSBP S3.9: every general purpose bucket has server access logging configured (a LoggingEnabled target).
 * CIS 4.4 judges only the buckets CloudTrail delivers to (s3-trail-bucket-access-logging-enabled).
 */
export const s3BucketAccessLoggingEnabled = defineCheck({
  id: 's3-bucket-access-logging-enabled',
  title: 'S3 buckets have server access logging enabled',
  service: 's3',
  severity: 'medium',
  scope: 'global',
  requires: ['s3.buckets'],
  compliance: { 'aws-fsbp': ['S3.9'] },
  remediation: {
    text: 'Enable server access logging on the bucket, delivering to a separate logging bucket in the same region and account.',
    cli: `aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log bucket>","TargetPrefix":"<bucket>/"}}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    if (buckets.length === 0) return [pass(ctx.scopeResource, 'The account has no S3 buckets.')];
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      if (!bucket.logging.ok) {
        return unreadableField(
          resource,
          bucket.logging,
          `the server access logging of bucket ${bucket.name}`,
        );
      }
      if (bucket.logging.value === null) {
        return fail(resource, `Bucket ${bucket.name} has server access logging disabled.`);
      }
      const { targetBucket } = bucket.logging.value;
      return pass(resource, `Bucket ${bucket.name} delivers server access logs to ${targetBucket}.`, {
        targetBucket,
      });
    });
  },
});
