import { describe, expect, it } from 'vitest';
import {
  ALL_PUBLIC_ACCESS_BLOCKED,
  evaluate,
  InventoryBuilder,
  readFailed,
  readOk,
  s3Bucket,
} from '../../fixtures/index.js';
import type { S3Bucket, S3PublicAccessBlock } from '../../inventory/s3.js';
import { s3BucketPublicAccessBlocked } from './s3-bucket-public-access-blocked.js';

const PARTIAL: S3PublicAccessBlock = {
  ...ALL_PUBLIC_ACCESS_BLOCKED,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

const run = (account: S3PublicAccessBlock | null | 'error', ...buckets: S3Bucket[]) => {
  const builder = new InventoryBuilder().global('s3.buckets', buckets);
  if (account === 'error')
    builder.globalError('s3control.publicAccessBlock', 'AccessDenied', 's3control:GetPublicAccessBlock');
  else builder.global('s3control.publicAccessBlock', account);
  return evaluate(s3BucketPublicAccessBlocked, builder.build());
};

describe('s3-bucket-public-access-blocked', () => {
  it('passes at account level when there is no bucket, stating the account-level settings', () => {
    expect(run(null)).toMatchObject([
      {
        status: 'PASS',
        resourceType: 'AwsAccount',
        evidence: {
          accountLevelSettingsOff: [
            'blockPublicAcls',
            'ignorePublicAcls',
            'blockPublicPolicy',
            'restrictPublicBuckets',
          ],
        },
      },
    ]);
  });

  it('passes every bucket when the account-level setting has all four on, whatever the bucket says', () => {
    const findings = run(
      ALL_PUBLIC_ACCESS_BLOCKED,
      s3Bucket('open', { publicAccessBlock: readOk(null) }),
      s3Bucket('unreadable', { publicAccessBlock: readFailed('AccessDenied', 's3:GetPublicAccessBlock') }),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.accountLevel])).toEqual([
      ['arn:aws:s3:::open', 'PASS', true],
      ['arn:aws:s3:::unreadable', 'PASS', true],
    ]);
  });

  it('judges each bucket on its own settings when the account level is not fully on', () => {
    const findings = run(
      PARTIAL,
      s3Bucket('blocked'),
      s3Bucket('partial', { publicAccessBlock: readOk(PARTIAL) }),
      s3Bucket('none', { publicAccessBlock: readOk(null) }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::blocked', 'PASS'],
      ['arn:aws:s3:::partial', 'FAIL'],
      ['arn:aws:s3:::none', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('without blockPublicPolicy, restrictPublicBuckets');
    expect(findings[1]?.evidence).toEqual({
      bucketSettingsOff: ['blockPublicPolicy', 'restrictPublicBuckets'],
      accountLevelSettingsOff: ['blockPublicPolicy', 'restrictPublicBuckets'],
    });
    expect(findings[2]?.message).toContain('Block Public Access off');
  });

  it('is an ERROR for a bucket whose own settings are unreadable or not enough while the account level is unreadable', () => {
    const findings = run(
      'error',
      s3Bucket('blocked'),
      s3Bucket('none', { publicAccessBlock: readOk(null) }),
      s3Bucket('unreadable', { publicAccessBlock: readFailed('AccessDenied', 's3:GetPublicAccessBlock') }),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.errorCode])).toEqual([
      ['arn:aws:s3:::blocked', 'PASS', null],
      ['arn:aws:s3:::none', 'ERROR', 'AccessDenied'],
      ['arn:aws:s3:::unreadable', 'ERROR', 'AccessDenied'],
    ]);
    expect(findings[1]?.message).toContain('s3control:GetPublicAccessBlock');
  });

  it('is an ERROR when the bucket list cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('s3.buckets', 'AccessDenied', 's3:ListBuckets')
      .global('s3control.publicAccessBlock', ALL_PUBLIC_ACCESS_BLOCKED)
      .build();
    expect(evaluate(s3BucketPublicAccessBlocked, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
