import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { publicGrants, summarizeGrants } from '../../policy/public-access.js';
import { bucketResource } from './bucket-policy.js';

export const s3BucketPolicyNotPublic = defineCheck({
  id: 's3-bucket-policy-not-public',
  title: "S3 bucket policies do not grant Principal '*' without a narrowing condition",
  service: 's3',
  severity: 'critical',
  scope: 'global',
  requires: ['s3.buckets'],
  compliance: { 'cis-aws-7.0.0': ['2.21'] },
  remediation: {
    text: 'Replace Principal "*" with the principals that need access, or add a condition that narrows it (aws:PrincipalOrgID, aws:SourceAccount, aws:SourceArn, aws:SourceVpce...). Serve public content through CloudFront with origin access control instead.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    if (buckets.length === 0) return [pass(ctx.scopeResource, 'The account has no S3 buckets.')];
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      if (!bucket.policy.ok)
        return unreadableField(resource, bucket.policy, `the policy of bucket ${bucket.name}`);
      if (bucket.policy.value === null) return pass(resource, `Bucket ${bucket.name} has no bucket policy.`);
      const grants = publicGrants(bucket.policy.value);
      if (grants.length > 0) {
        return fail(
          resource,
          `The policy of bucket ${bucket.name} grants everyone access: ${summarizeGrants(grants)}.`,
          {
            publicActions: grants.flatMap((grant) => grant.actions),
          },
        );
      }
      return pass(
        resource,
        `The policy of bucket ${bucket.name} grants nothing to everyone without a narrowing condition.`,
      );
    });
  },
});
