import { unreadableField } from '../../inventory/read-result.js';
import type { S3BucketEncryption } from '../../inventory/s3.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { bucketResource, statementName, unencryptedUploadDeny } from './bucket-policy.js';

const ALGORITHM_NAMES: Readonly<Record<string, string>> = {
  AES256: 'SSE-S3',
  'aws:kms': 'SSE-KMS',
  'aws:kms:dsse': 'DSSE-KMS',
};

function describeEncryption(encryption: S3BucketEncryption): string {
  const name = ALGORITHM_NAMES[encryption.algorithm] ?? encryption.algorithm;
  return encryption.kmsKeyId ? `${name} with key ${encryption.kmsKeyId}` : name;
}

/**
 * Checklist 18. S3 applies SSE-S3 to every bucket since January 2023, so on AWS this states what each bucket
 * reports; it fails only where no default encryption is reported (S3-compatible endpoints, or an answer
 * without a rule) and no bucket policy denies unencrypted uploads. Denying HTTP is s3-bucket-policy-denies-http.
 */
export const s3BucketDefaultEncryptionEnabled = defineCheck({
  id: 's3-bucket-default-encryption-enabled',
  title: 'S3 buckets encrypt objects at rest by default',
  service: 's3',
  severity: 'medium',
  scope: 'global',
  requires: ['s3.buckets'],
  compliance: { 'account-checklist': ['18'] },
  remediation: {
    text: 'Set default encryption on the bucket, preferably SSE-KMS with a customer-managed key and S3 Bucket Keys.',
    cli: `aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key arn>"},"BucketKeyEnabled":true}]}'`,
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
  },
  evaluate(ctx) {
    const buckets = ctx.slice('s3.buckets');
    if (buckets.length === 0) return [pass(ctx.scopeResource, 'The account has no S3 buckets.')];
    return buckets.map((bucket): CheckResult => {
      const resource = bucketResource(bucket);
      const { encryption, policy } = bucket;
      if (!encryption.ok) {
        return unreadableField(resource, encryption, `the default encryption of bucket ${bucket.name}`);
      }
      if (encryption.value !== null) {
        return pass(
          resource,
          `Bucket ${bucket.name} encrypts new objects with ${describeEncryption(encryption.value)}.`,
          {
            algorithm: encryption.value.algorithm,
            kmsKeyId: encryption.value.kmsKeyId,
            bucketKeyEnabled: encryption.value.bucketKeyEnabled,
          },
        );
      }
      // No default encryption: a policy refusing unencrypted uploads still keeps objects encrypted.
      if (!policy.ok) return unreadableField(resource, policy, `the policy of bucket ${bucket.name}`);
      const deny = policy.value ? unencryptedUploadDeny(policy.value, bucket.arn) : undefined;
      if (deny) {
        return pass(
          resource,
          `Bucket ${bucket.name} reports no default encryption, but its policy denies unencrypted uploads (${statementName(deny)}).`,
          { algorithm: null, deniesUnencryptedUploads: true },
        );
      }
      return fail(
        resource,
        `Bucket ${bucket.name} reports no default encryption and its policy does not deny unencrypted uploads.`,
        { algorithm: null, deniesUnencryptedUploads: false },
      );
    });
  },
});
