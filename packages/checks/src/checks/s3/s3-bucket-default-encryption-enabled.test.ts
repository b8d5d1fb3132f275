import { describe, expect, it } from 'vitest';
import {
  evaluate,
  InventoryBuilder,
  policyStatements,
  readFailed,
  readOk,
  s3Bucket,
} from '../../fixtures/index.js';
import type { S3Bucket } from '../../inventory/s3.js';
import { s3BucketDefaultEncryptionEnabled } from './s3-bucket-default-encryption-enabled.js';

const withBuckets = (...buckets: S3Bucket[]) =>
  evaluate(s3BucketDefaultEncryptionEnabled, new InventoryBuilder().global('s3.buckets', buckets).build());

const denyUnencrypted = (condition: object) => ({
  Sid: 'DenyUnencryptedUploads',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutObject',
  Resource: 'arn:aws:s3:::b/*',
  Condition: condition,
});

describe('s3-bucket-default-encryption-enabled', () => {
  it('passes at account level when there is no bucket', () => {
    expect(withBuckets()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('states the algorithm and key each bucket reports', () => {
    const findings = withBuckets(
      s3Bucket('default'),
      s3Bucket('kms', {
        encryption: readOk({
          algorithm: 'aws:kms',
          kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k',
          bucketKeyEnabled: true,
        }),
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.algorithm])).toEqual([
      ['arn:aws:s3:::default', 'PASS', 'AES256'],
      ['arn:aws:s3:::kms', 'PASS', 'aws:kms'],
    ]);
    expect(findings[0]?.message).toContain('SSE-S3');
    expect(findings[1]?.message).toContain('SSE-KMS with key arn:aws:kms:us-east-1:111111111111:key/k');
  });

  it('fails a bucket that reports no default encryption and has no policy refusing unencrypted uploads', () => {
    expect(withBuckets(s3Bucket('b', { encryption: readOk(null) }))).toMatchObject([
      { status: 'FAIL', evidence: { algorithm: null, deniesUnencryptedUploads: false } },
    ]);
  });

  it('passes a bucket without default encryption whose policy denies unencrypted uploads', () => {
    for (const condition of [
      { Null: { 's3:x-amz-server-side-encryption': 'true' } },
      { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
    ]) {
      const bucket = s3Bucket('b', {
        encryption: readOk(null),
        policy: readOk(policyStatements(denyUnencrypted(condition))),
      });
      expect(withBuckets(bucket)).toMatchObject([
        { status: 'PASS', evidence: { deniesUnencryptedUploads: true } },
      ]);
    }
  });

  it('does not count a deny on uploads that is narrowed by another condition', () => {
    const bucket = s3Bucket('b', {
      encryption: readOk(null),
      policy: readOk(
        policyStatements(
          denyUnencrypted({
            Null: { 's3:x-amz-server-side-encryption': 'true' },
            StringEquals: { 'aws:PrincipalAccount': '222222222222' },
          }),
        ),
      ),
    });
    expect(withBuckets(bucket)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR when the encryption, or (without encryption) the policy, could not be read', () => {
    const findings = withBuckets(
      s3Bucket('a', { encryption: readFailed('AccessDenied', 's3:GetBucketEncryption') }),
      s3Bucket('b', { encryption: readOk(null), policy: readFailed('AccessDenied', 's3:GetBucketPolicy') }),
      s3Bucket('c', { policy: readFailed('AccessDenied', 's3:GetBucketPolicy') }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::a', 'ERROR'],
      ['arn:aws:s3:::b', 'ERROR'],
      ['arn:aws:s3:::c', 'PASS'],
    ]);
  });
});
