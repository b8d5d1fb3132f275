import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { s3BucketsCollector } from './s3.js';

const s3 = mockClient(S3Client);

beforeEach(() => {
  s3.reset();
});

afterAll(() => {
  s3.restore();
});

const context = (api: AwsApi, partition = 'aws'): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition,
  region: 'us-east-1',
  sleep: async () => {},
});

const accessDenied = () => awsError('AccessDenied', 403, 'Access Denied');

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' },
  ],
});

/** A bucket that has every setting configured, and the "not configured" answers for every other one. */
function mockSettings(): void {
  s3.on(GetBucketLocationCommand).resolves({});
  s3.on(GetBucketPolicyCommand).rejects(
    awsError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist'),
  );
  s3.on(GetBucketEncryptionCommand).rejects(
    awsError(
      'ServerSideEncryptionConfigurationNotFoundError',
      404,
      'The server side encryption configuration was not found',
    ),
  );
  s3.on(GetPublicAccessBlockCommand).rejects(
    awsError(
      'NoSuchPublicAccessBlockConfiguration',
      404,
      'The public access block configuration was not found',
    ),
  );
  s3.on(GetBucketVersioningCommand).resolves({});
  s3.on(GetBucketLoggingCommand).resolves({});
}

describe('s3BucketsCollector', () => {
  it('pages through ListBuckets with ContinuationToken', async () => {
    mockSettings();
    s3.on(ListBucketsCommand)
      .resolves({ Buckets: [{ Name: 'a' }], ContinuationToken: 'page-2' })
      .on(ListBucketsCommand, { ContinuationToken: 'page-2' })
      .resolves({ Buckets: [{ Name: 'b' }, { Name: 'c' }] });

    const buckets = await s3BucketsCollector.collect(context(mockedApi().api));

    expect(buckets.map((bucket) => bucket.name)).toEqual(['a', 'b', 'c']);
    expect(s3.commandCalls(ListBucketsCommand).map((call) => call.args[0].input)).toEqual([
      { MaxBuckets: 1000 },
      { MaxBuckets: 1000, ContinuationToken: 'page-2' },
    ]);
  });

  it('reads every setting in the bucket region and keeps normalized values', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'a' }] });
    s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'EU' });
    s3.on(GetBucketPolicyCommand).resolves({ Policy: POLICY });
    s3.on(GetBucketEncryptionCommand).resolves({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: 'arn:aws:kms:eu-west-1:1:key/k',
            },
            BucketKeyEnabled: true,
          },
        ],
      },
    });
    s3.on(GetPublicAccessBlockCommand).resolves({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: false,
      },
    });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
    s3.on(GetBucketLoggingCommand).resolves({
      LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'a/' },
    });
    const { api, stats } = mockedApi();

    const [bucket] = await s3BucketsCollector.collect(context(api));

    expect(bucket).toEqual({
      name: 'a',
      arn: 'arn:aws:s3:::a',
      region: 'eu-west-1',
      policy: {
        ok: true,
        value: [expect.objectContaining({ sid: 'Read', effect: 'Allow', principals: { '*': ['*'] } })],
      },
      encryption: {
        ok: true,
        value: { algorithm: 'aws:kms', kmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k', bucketKeyEnabled: true },
      },
      publicAccessBlock: {
        ok: true,
        value: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      },
      versioning: { ok: true, value: { status: 'Enabled', mfaDelete: true } },
      logging: { ok: true, value: { targetBucket: 'access-logs' } },
    });
    const regions = [...stats.byRequest.keys()].map((key) => key.split('|').slice(0, 2).join(' '));
    expect(regions.sort()).toEqual([
      'eu-west-1 s3:GetBucketEncryption',
      'eu-west-1 s3:GetBucketLogging',
      'eu-west-1 s3:GetBucketPolicy',
      'eu-west-1 s3:GetBucketVersioning',
      'eu-west-1 s3:GetPublicAccessBlock',
      'us-east-1 s3:GetBucketLocation',
      'us-east-1 s3:ListBuckets',
    ]);
  });

  it('takes the region ListBuckets reports and then needs no GetBucketLocation', async () => {
    mockSettings();
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'eu-logs', BucketRegion: 'eu-central-1' }] });

    const [bucket] = await s3BucketsCollector.collect(context(mockedApi().api));

    expect(bucket?.region).toBe('eu-central-1');
    expect(s3.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
    const regions = await Promise.all(
      s3.commandCalls(GetBucketPolicyCommand).map((call) => call.thisValue.config.region()),
    );
    expect(regions).toEqual(['eu-central-1']);
  });

  it('reads "not configured" answers as null values', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'plain' }] });
    mockSettings();

    const [bucket] = await s3BucketsCollector.collect(context(mockedApi().api));

    expect(bucket).toEqual({
      name: 'plain',
      arn: 'arn:aws:s3:::plain',
      region: 'us-east-1',
      policy: { ok: true, value: null },
      encryption: { ok: true, value: null },
      publicAccessBlock: { ok: true, value: null },
      versioning: { ok: true, value: { status: null, mfaDelete: false } },
      logging: { ok: true, value: null },
    });
  });

  it('keeps a per-bucket AccessDenied on that bucket and field only', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'locked' }, { Name: 'open' }] });
    mockSettings();
    s3.on(GetBucketPolicyCommand, { Bucket: 'locked' }).rejects(accessDenied());

    const [locked, open] = await s3BucketsCollector.collect(context(mockedApi().api));

    expect(locked?.policy).toEqual({ ok: false, code: 'AccessDenied', operation: 's3:GetBucketPolicy' });
    expect(locked?.versioning.ok).toBe(true);
    expect(open?.policy).toEqual({ ok: true, value: null });
  });

  it('gives every field the location error when the bucket region cannot be read', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'hidden' }] });
    s3.on(GetBucketLocationCommand).rejects(accessDenied());

    const [bucket] = await s3BucketsCollector.collect(context(mockedApi().api));

    const failed = { ok: false, code: 'AccessDenied', operation: 's3:GetBucketLocation' };
    expect(bucket).toEqual({
      name: 'hidden',
      arn: 'arn:aws:s3:::hidden',
      region: null,
      policy: failed,
      encryption: failed,
      publicAccessBlock: failed,
      versioning: failed,
      logging: failed,
    });
    expect(s3.commandCalls(GetBucketPolicyCommand)).toHaveLength(0);
  });

  it('keeps an unparsable policy as an error of that field', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'odd' }] });
    mockSettings();
    s3.on(GetBucketPolicyCommand).resolves({ Policy: 'not json' });

    const [bucket] = await s3BucketsCollector.collect(context(mockedApi().api));

    expect(bucket?.policy).toMatchObject({ ok: false, code: 'PolicyParseError' });
  });

  it('propagates AccessDenied on ListBuckets as the slice error', async () => {
    s3.on(ListBucketsCommand).rejects(accessDenied());

    await expect(s3BucketsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      kind: 'access-denied',
      operation: 's3:ListBuckets',
    });
  });

  it('reads a null location as the home region outside the aws partition', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'gov' }] });
    mockSettings();

    const [bucket] = await s3BucketsCollector.collect({
      ...context(mockedApi().api, 'aws-us-gov'),
      region: 'us-gov-west-1',
    });

    expect(bucket).toMatchObject({ region: 'us-gov-west-1', arn: 'arn:aws-us-gov:s3:::gov' });
  });
});
