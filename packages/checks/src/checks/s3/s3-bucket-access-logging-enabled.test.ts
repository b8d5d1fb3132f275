import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk, s3Bucket } from '../../fixtures/index.js';
import type { S3Bucket } from '../../inventory/s3.js';
import { s3BucketAccessLoggingEnabled } from './s3-bucket-access-logging-enabled.js';

const withBuckets = (...buckets: S3Bucket[]) => new InventoryBuilder().global('s3.buckets', buckets).build();

describe('s3-bucket-access-logging-enabled', () => {
  it('passes a bucket that delivers access logs and fails one that does not', () => {
    const findings = evaluate(
      s3BucketAccessLoggingEnabled,
      withBuckets(
        s3Bucket('app-data', { logging: readOk({ targetBucket: 'access-logs' }) }),
        s3Bucket('scratch'),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::app-data', 'PASS'],
      ['arn:aws:s3:::scratch', 'FAIL'],
    ]);
    expect(findings[0]).toMatchObject({ evidence: { targetBucket: 'access-logs' } });
  });

  it('is an ERROR for a bucket whose logging cannot be read, with its code', () => {
    const locked = s3Bucket('locked', { logging: readFailed('AccessDenied', 's3:GetBucketLogging') });
    expect(evaluate(s3BucketAccessLoggingEnabled, withBuckets(locked))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });

  it('passes the account without buckets and is an ERROR when buckets cannot be listed', () => {
    expect(evaluate(s3BucketAccessLoggingEnabled, withBuckets())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
    const inventory = new InventoryBuilder().globalError('s3.buckets', 'AccessDenied').build();
    expect(evaluate(s3BucketAccessLoggingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
