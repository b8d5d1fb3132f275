import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk, s3Bucket } from '../../fixtures/index.js';
import type { S3Bucket } from '../../inventory/s3.js';
import { s3BucketMfaDeleteEnabled } from './s3-bucket-mfa-delete-enabled.js';

const withBuckets = (...buckets: S3Bucket[]) =>
  evaluate(s3BucketMfaDeleteEnabled, new InventoryBuilder().global('s3.buckets', buckets).build());

describe('s3-bucket-mfa-delete-enabled', () => {
  it('passes at account level when there is no bucket', () => {
    expect(withBuckets()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('passes versioned buckets with MFA Delete and fails the others', () => {
    const findings = withBuckets(
      s3Bucket('mfa', { versioning: readOk({ status: 'Enabled', mfaDelete: true }) }),
      s3Bucket('versioned', { versioning: readOk({ status: 'Enabled', mfaDelete: false }) }),
      s3Bucket('suspended', { versioning: readOk({ status: 'Suspended', mfaDelete: true }) }),
      s3Bucket('never'),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.versioning])).toEqual([
      ['arn:aws:s3:::mfa', 'PASS', 'Enabled'],
      ['arn:aws:s3:::versioned', 'FAIL', 'Enabled'],
      ['arn:aws:s3:::suspended', 'FAIL', 'Suspended'],
      ['arn:aws:s3:::never', 'FAIL', 'Never enabled'],
    ]);
    expect(findings[1]?.message).toBe('Bucket versioned has versioning enabled but MFA Delete disabled.');
  });

  it('is an ERROR for a bucket whose versioning could not be read', () => {
    expect(
      withBuckets(s3Bucket('b', { versioning: readFailed('AccessDenied', 's3:GetBucketVersioning') })),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
