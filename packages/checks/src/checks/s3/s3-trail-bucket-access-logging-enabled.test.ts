import { describe, expect, it } from 'vitest';
import {
  evaluate,
  InventoryBuilder,
  policyStatements,
  readFailed,
  readOk,
  s3Bucket,
} from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { S3Bucket } from '../../inventory/s3.js';
import { s3TrailBucketAccessLoggingEnabled } from './s3-trail-bucket-access-logging-enabled.js';

const MANAGEMENT = '999999999999';

function trail(name: string, bucket: string, fields: Partial<CloudTrailTrail> = {}): CloudTrailTrail {
  return {
    arn: `arn:aws:cloudtrail:us-east-1:111111111111:trail/${name}`,
    name,
    homeRegion: 'us-east-1',
    ownerAccountId: '111111111111',
    isMultiRegion: true,
    isOrganizationTrail: false,
    s3BucketName: bucket,
    kmsKeyId: null,
    logFileValidationEnabled: true,
    cloudWatchLogsLogGroupArn: null,
    isLogging: true,
    latestCloudWatchLogsDeliveryTime: null,
    managementEvents: 'all',
    excludedManagementEventSources: [],
    s3DataEvents: null,
    ...fields,
  };
}

const orgTrail = trail('org', 'central-trail-logs', {
  arn: `arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:trail/org`,
  ownerAccountId: MANAGEMENT,
  isOrganizationTrail: true,
});

const logged = (name: string) => s3Bucket(name, { logging: readOk({ targetBucket: 'access-logs' }) });

function inventory(buckets: S3Bucket[], trailsByRegion: Record<string, CloudTrailTrail[]>) {
  const builder = new InventoryBuilder().global('s3.buckets', buckets);
  for (const [region, trails] of Object.entries(trailsByRegion))
    builder.regional(region, 'cloudtrail.trails', trails);
  return builder.build();
}

const managementWith = (trails: CloudTrailTrail[]) => ({
  management: { inventory: inventory([], { 'us-east-1': trails }) },
});

describe('s3-trail-bucket-access-logging-enabled', () => {
  it('passes at account level when no trail delivers to a bucket of the account', () => {
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([logged('unrelated')], { 'us-east-1': [], 'eu-west-1': [] }),
      { org: managementWith([orgTrail]) },
    );
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it("judges the account's own trail buckets, once per bucket, naming the trails", () => {
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([logged('trail-logs'), s3Bucket('unlogged')], {
        'eu-west-1': [trail('regional', 'unlogged', { homeRegion: 'eu-west-1' })],
        'us-east-1': [trail('main', 'trail-logs'), trail('second', 'trail-logs')],
      }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::trail-logs', 'PASS'],
      ['arn:aws:s3:::unlogged', 'FAIL'],
    ]);
    expect(findings[0]).toMatchObject({
      evidence: { trails: ['main', 'second'], targetBucket: 'access-logs' },
    });
  });

  it("judges the organization trail's bucket in the account that holds it", () => {
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([logged('central-trail-logs')], { 'us-east-1': [] }),
      { org: managementWith([orgTrail, trail('mgmt-only', 'elsewhere')]) },
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::central-trail-logs', 'PASS'],
    ]);
  });

  it("is MANUAL, naming the bucket, for the account's own trail delivering to another account's bucket", () => {
    const own = trail('org', 'central-trail-logs', { isOrganizationTrail: true });
    const findings = evaluate(s3TrailBucketAccessLoggingEnabled, inventory([], { 'us-east-1': [own] }), {
      org: managementWith([own]),
      account: { isManagementAccount: true },
    });
    expect(findings).toMatchObject([
      {
        status: 'MANUAL',
        resourceId: 'arn:aws:s3:::central-trail-logs',
        evidence: { bucket: 'central-trail-logs' },
      },
    ]);
    expect(findings[0]?.message).toBe(
      "Trail org of this account delivers to bucket central-trail-logs, which another account owns (it is not among this account's buckets). Check server access logging on central-trail-logs in the account that owns it; orgscan judges it there when that account is scanned.",
    );
  });

  it("names only the member's own trails in MANUAL, and every trail when judging a bucket it holds", () => {
    const own = [trail('a', 'central-trail-logs'), trail('b', 'central-trail-logs'), trail('c', 'local')];
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([s3Bucket('local')], { 'us-east-1': own }),
      {
        org: managementWith([
          orgTrail,
          { ...orgTrail, arn: `${orgTrail.arn}-2`, name: 'org-2', s3BucketName: 'local' },
        ]),
      },
    );
    expect(findings.map((f) => [f.resourceId, f.status, f.evidence?.trails])).toEqual([
      ['arn:aws:s3:::central-trail-logs', 'MANUAL', ['a', 'b']],
      ['arn:aws:s3:::local', 'FAIL', ['c', 'org-2']],
    ]);
    expect(findings[0]?.message).toMatch(/^Trails a, b of this account deliver to bucket central-trail-logs/);
    expect(findings[1]?.message).toBe(
      'Bucket local (CloudTrail bucket of trails c, org-2) has server access logging disabled.',
    );
  });

  it('judges a bucket whose policy lets CloudTrail write, though no visible trail delivers to it', () => {
    const cloudTrailWrites = readOk(
      policyStatements({
        Sid: 'AWSCloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::central/AWSLogs/*',
      }),
    );
    const otherService = readOk(
      policyStatements({
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::access-logs/*',
      }),
    );
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory(
        [
          s3Bucket('central', { policy: cloudTrailWrites }),
          s3Bucket('central-logged', {
            policy: cloudTrailWrites,
            logging: readOk({ targetBucket: 'access-logs' }),
          }),
          s3Bucket('access-logs', { policy: otherService }),
        ],
        { 'us-east-1': [] },
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:s3:::central', 'FAIL'],
      ['arn:aws:s3:::central-logged', 'PASS'],
    ]);
    expect(findings[0]?.message).toBe(
      'Bucket central (its policy lets CloudTrail deliver log files to it) has server access logging disabled.',
    );
  });

  it('is an ERROR for a bucket whose policy could not be read: it may receive CloudTrail logs', () => {
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([s3Bucket('hidden', { policy: readFailed('AccessDenied', 's3:GetBucketPolicy') })], {
        'us-east-1': [],
      }),
    );
    expect(findings).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceId: 'arn:aws:s3:::hidden' },
    ]);
  });

  it('is an ERROR for a trail bucket whose logging could not be read, and for unreadable trail regions', () => {
    const builder = new InventoryBuilder()
      .global('s3.buckets', [
        s3Bucket('trail-logs', { logging: readFailed('AccessDenied', 's3:GetBucketLogging') }),
      ])
      .regional('us-east-1', 'cloudtrail.trails', [trail('main', 'trail-logs')])
      .regionalError('sa-east-1', 'cloudtrail.trails', 'AccessDenied', 'cloudtrail:DescribeTrails');
    const findings = evaluate(s3TrailBucketAccessLoggingEnabled, builder.build());
    expect(findings.map((f) => [f.resourceId, f.status, f.errorCode])).toEqual([
      ['arn:aws:account::111111111111:account/sa-east-1', 'ERROR', 'AccessDenied'],
      ['arn:aws:s3:::trail-logs', 'ERROR', 'AccessDenied'],
    ]);
  });

  it('judges the member alone when the management inventory is unavailable', () => {
    const findings = evaluate(
      s3TrailBucketAccessLoggingEnabled,
      inventory([s3Bucket('central-trail-logs')], { 'us-east-1': [] }),
      {
        org: {
          management: { error: { code: 'AccessDenied', message: 'denied', operation: 'sts:AssumeRole' } },
        },
      },
    );
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('is an ERROR when the bucket list cannot be read', () => {
    const builder = new InventoryBuilder()
      .globalError('s3.buckets', 'AccessDenied', 's3:ListBuckets')
      .regional('us-east-1', 'cloudtrail.trails', [trail('main', 'trail-logs')]);
    expect(evaluate(s3TrailBucketAccessLoggingEnabled, builder.build())).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
