import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { bucketResource, insecureTransportDeny, statementName } from './bucket-policy.js';

export const s3BucketPolicyDeniesHttp = defineCheck({
  id: 's3-bucket-policy-denies-http',
  title: 'S3 bucket policies deny requests over plain HTTP',
  service: 's3',
  severity: 'medium',
  scope: 'global',
  requires: ['s3.buckets'],
  compliance: { 'cis-aws-7.0.0': ['3.1.1'], 'account-checklist': ['18'], 'aws-fsbp': ['S3.5'] },
  remediation: {
    text: 'Add a bucket policy statement that denies s3:* to Principal "*" on the bucket and its objects when aws:SecureTransport is false.',
    cli: `aws s3api put-bucket-policy --bucket <bucket> --policy '{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    if (buckets.length === 0) return [pass(ctx.scopeResource, 'The account has no S3 buckets.')];
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      if (!bucket.policy.ok)
        return unreadableField(resource, bucket.policy, `the policy of bucket ${bucket.name}`);
      if (bucket.policy.value === null) {
        return fail(
          resource,
          `Bucket ${bucket.name} has no bucket policy, so nothing denies HTTP requests.`,
          {
            hasPolicy: false,
          },
        );
      }
      const deny = insecureTransportDeny(bucket.policy.value, bucket.arn);
      if (!deny) {
        return fail(
          resource,
          `The policy of bucket ${bucket.name} has no statement denying everyone when aws:SecureTransport is false.`,
          { hasPolicy: true },
        );
      }
      return pass(
        resource,
        `The policy of bucket ${bucket.name} denies HTTP requests (${statementName(deny)}).`,
        {
          hasPolicy: true,
          statementSid: deny.sid,
        },
      );
    });
  },
});
