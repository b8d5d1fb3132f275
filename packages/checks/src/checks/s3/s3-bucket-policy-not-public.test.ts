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
import { s3BucketPolicyNotPublic } from './s3-bucket-policy-not-public.js';

const withBuckets = (...buckets: S3Bucket[]) =>
  evaluate(s3BucketPolicyNotPublic, new InventoryBuilder().global('s3.buckets', buckets).build());

const publicRead = {
  Sid: 'PublicRead',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::web/*',
};

describe('s3-bucket-policy-not-public', () => {
  it('passes at account level when there is no bucket', () => {
    expect(withBuckets()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('fails a bucket whose policy grants everyone, naming the statement and actions', () => {
    const [finding] = withBuckets(s3Bucket('web', { policy: readOk(policyStatements(publicRead)) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      severity: 'critical',
      evidence: { publicActions: ['s3:GetObject'] },
    });
    expect(finding?.message).toBe(
      "The policy of bucket web grants everyone access: statement 'PublicRead' (s3:GetObject).",
    );
  });

  it('passes buckets without policy, with named principals, or with narrowed public grants', () => {
    const cloudTrail = {
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::logs/*',
      Condition: { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org' } },
    };
    const orgOnly = { ...publicRead, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } };
    const findings = withBuckets(
      s3Bucket('none'),
      s3Bucket('logs', { policy: readOk(policyStatements(cloudTrail)) }),
      s3Bucket('web', { policy: readOk(policyStatements(orgOnly)) }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it('is an ERROR for the bucket whose policy could not be read', () => {
    expect(
      withBuckets(s3Bucket('b', { policy: readFailed('AccessDenied', 's3:GetBucketPolicy') })),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied', resourceId: 'arn:aws:s3:::b' }]);
  });
});
