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
import { s3BucketPolicyDeniesHttp } from './s3-bucket-policy-denies-http.js';

const withBuckets = (...buckets: S3Bucket[]) =>
  evaluate(s3BucketPolicyDeniesHttp, new InventoryBuilder().global('s3.buckets', buckets).build());

const denyHttp = (bucket: string, extra: object = {}) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});

describe('s3-bucket-policy-denies-http', () => {
  it('passes at account level when there is no bucket', () => {
    expect(withBuckets()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('passes a bucket whose policy denies everyone when aws:SecureTransport is false', () => {
    const bucket = s3Bucket('logs', { policy: readOk(policyStatements(denyHttp('logs'))) });
    expect(withBuckets(bucket)).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:s3:::logs',
        resourceType: 'AwsS3Bucket',
        evidence: { statementSid: 'DenyInsecureTransport' },
      },
    ]);
  });

  it('accepts s3:GetObject on the objects and a {"AWS": "*"} principal', () => {
    const statement = denyHttp('b', {
      Principal: { AWS: '*' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    });
    expect(withBuckets(s3Bucket('b', { policy: readOk(policyStatements(statement)) }))).toMatchObject([
      { status: 'PASS' },
    ]);
  });

  it('fails a bucket without a policy, and one whose policy does not deny HTTP', () => {
    const allowHttps = {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 's3:*',
      Resource: 'arn:aws:s3:::b/*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    };
    const findings = withBuckets(
      s3Bucket('a'),
      s3Bucket('b', { policy: readOk(policyStatements(allowHttps)) }),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.hasPolicy])).toEqual([
      ['arn:aws:s3:::a', 'FAIL', false],
      ['arn:aws:s3:::b', 'FAIL', true],
    ]);
    expect(findings[0]?.message).toContain('Bucket a has no bucket policy');
  });

  it('does not count denies that miss the objects, other principals, TLS version only, or extra conditions', () => {
    const variants = [
      denyHttp('b', { Resource: 'arn:aws:s3:::b' }),
      denyHttp('b', { Principal: { AWS: 'arn:aws:iam::111111111111:root' } }),
      denyHttp('b', { Action: 's3:PutObject' }),
      denyHttp('b', { Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }),
      denyHttp('b', {
        Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
      }),
      denyHttp('b', { Effect: 'Allow' }),
    ];
    for (const statement of variants) {
      expect(withBuckets(s3Bucket('b', { policy: readOk(policyStatements(statement)) }))).toMatchObject([
        { status: 'FAIL' },
      ]);
    }
  });

  it('is an ERROR for the one bucket whose policy could not be read', () => {
    const findings = withBuckets(
      s3Bucket('denied', { policy: readFailed('AccessDenied', 's3:GetBucketPolicy') }),
      s3Bucket('ok', { policy: readOk(policyStatements(denyHttp('ok'))) }),
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.errorCode])).toEqual([
      ['arn:aws:s3:::denied', 'ERROR', 'AccessDenied'],
      ['arn:aws:s3:::ok', 'PASS', null],
    ]);
    expect(findings[0]?.message).toContain('s3:GetBucketPolicy');
  });

  it('is an ERROR when the bucket list cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('s3.buckets', 'AccessDenied', 's3:ListBuckets')
      .build();
    expect(evaluate(s3BucketPolicyDeniesHttp, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceType: 'AwsAccount' },
    ]);
  });
});
