import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { cloudTrailTrailsCollector, recordedEvents } from './cloudtrail.js';
import type { CollectorContext } from './collector.js';

const cloudtrail = mockClient(CloudTrailClient);

beforeEach(() => {
  cloudtrail.reset();
});

afterAll(() => {
  cloudtrail.restore();
});

const REGION = 'us-east-1';
const trailArn = (name: string, region = REGION, account = TEST_ACCOUNT_ID) =>
  `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} },
    stats,
  };
}

describe('recordedEvents', () => {
  it('reads basic selectors: management events with their read/write type, and S3 data events for all buckets', () => {
    expect(
      recordedEvents(
        [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
          },
        ],
        undefined,
      ),
    ).toEqual({
      management: { read: true, write: true },
      s3Data: { read: true, write: true },
      excludedManagementEventSources: [],
    });
    expect(
      recordedEvents(
        [
          {
            ReadWriteType: 'WriteOnly',
            IncludeManagementEvents: false,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::one-bucket/'] }],
          },
        ],
        undefined,
      ),
    ).toEqual({
      management: { read: false, write: false },
      s3Data: { read: false, write: false },
      excludedManagementEventSources: [],
    });
  });

  it('keeps an excluded event source only when every management selector excludes it', () => {
    const excluding = (sources: string[]) => ({
      ReadWriteType: 'All' as const,
      IncludeManagementEvents: true,
      ExcludeManagementEventSources: sources,
    });
    expect(
      recordedEvents([excluding(['kms.amazonaws.com', 'rdsdata.amazonaws.com'])], undefined)
        .excludedManagementEventSources,
    ).toEqual(['kms.amazonaws.com', 'rdsdata.amazonaws.com']);
    expect(
      recordedEvents(
        [excluding(['kms.amazonaws.com', 'rdsdata.amazonaws.com']), excluding(['kms.amazonaws.com'])],
        undefined,
      ).excludedManagementEventSources,
    ).toEqual(['kms.amazonaws.com']);
  });

  it('reads advanced selectors: readOnly, event source exclusions, S3 objects narrowed (buckets, event names) or not', () => {
    const events = recordedEvents(undefined, [
      {
        Name: 'management',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Management'] },
          { Field: 'eventSource', NotEquals: ['rdsdata.amazonaws.com'] },
        ],
      },
      {
        Name: 'audit buckets',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::audit-'] },
        ],
      },
      {
        Name: 'object deletions only',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'eventName', Equals: ['DeleteObject'] },
        ],
      },
      {
        Name: 'all object writes',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'readOnly', Equals: ['false'] },
        ],
      },
    ]);
    expect(events).toEqual({
      management: { read: true, write: true },
      s3Data: { read: false, write: true },
      excludedManagementEventSources: ['rdsdata.amazonaws.com'],
    });
  });
});

describe('cloudTrailTrailsCollector', () => {
  it('maps the trails homed in the region with their status and selectors', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          Name: 'org-trail',
          TrailARN: trailArn('org-trail'),
          HomeRegion: REGION,
          IsMultiRegionTrail: true,
          IsOrganizationTrail: true,
          S3BucketName: 'org-trail-logs',
          KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
          LogFileValidationEnabled: true,
          CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:org-events:*',
        },
        { Name: 'elsewhere', TrailARN: trailArn('elsewhere', 'eu-west-1'), HomeRegion: 'eu-west-1' },
      ],
    });
    const delivered = new Date('2026-05-31T23:00:00Z');
    cloudtrail
      .on(GetTrailStatusCommand)
      .resolves({ IsLogging: true, LatestCloudWatchLogsDeliveryTime: delivered });
    cloudtrail.on(GetEventSelectorsCommand).resolves({
      EventSelectors: [
        {
          ReadWriteType: 'All',
          IncludeManagementEvents: true,
          ExcludeManagementEventSources: ['kms.amazonaws.com'],
        },
      ],
    });
    const { ctx, stats } = context();

    await expect(cloudTrailTrailsCollector.collect(ctx)).resolves.toEqual([
      {
        arn: trailArn('org-trail'),
        name: 'org-trail',
        homeRegion: REGION,
        ownerAccountId: TEST_ACCOUNT_ID,
        isMultiRegion: true,
        isOrganizationTrail: true,
        s3BucketName: 'org-trail-logs',
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
        logFileValidationEnabled: true,
        cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:org-events:*',
        isLogging: true,
        latestCloudWatchLogsDeliveryTime: '2026-05-31T23:00:00.000Z',
        managementEvents: 'all',
        excludedManagementEventSources: ['kms.amazonaws.com'],
        s3DataEvents: { read: false, write: false },
      },
    ]);
    expect(cloudtrail.commandCalls(DescribeTrailsCommand)[0]?.args[0].input).toEqual({
      includeShadowTrails: false,
    });
    expect(cloudtrail.commandCalls(GetTrailStatusCommand).map((call) => call.args[0].input)).toEqual([
      { Name: trailArn('org-trail') },
    ]);
    expect(stats.maxSameRequest()).toBe(1);
  });

  it('gives an empty list when the region has no trail (CloudTrail not configured)', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
    await expect(cloudTrailTrailsCollector.collect(context().ctx)).resolves.toEqual([]);
    expect(cloudtrail.commandCalls(GetTrailStatusCommand)).toHaveLength(0);
  });

  it('fills defaults for a minimal trail: single-region, no encryption, no CloudWatch Logs', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [{ TrailARN: trailArn('bare') }] });
    cloudtrail.on(GetTrailStatusCommand).resolves({});
    cloudtrail.on(GetEventSelectorsCommand).resolves({});
    await expect(cloudTrailTrailsCollector.collect(context().ctx)).resolves.toMatchObject([
      {
        name: trailArn('bare'),
        homeRegion: REGION,
        isMultiRegion: false,
        kmsKeyId: null,
        cloudWatchLogsLogGroupArn: null,
        isLogging: null,
        latestCloudWatchLogsDeliveryTime: null,
        managementEvents: 'none',
      },
    ]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    cloudtrail
      .on(DescribeTrailsCommand)
      .rejects(awsError('AccessDeniedException', 400, 'not authorized: cloudtrail:DescribeTrails'));
    const failure = cloudTrailTrailsCollector.collect(context().ctx);
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({ code: 'AccessDeniedException', kind: 'access-denied' });
  });

  it('fails the slice when a trail status cannot be read (never a trail with a guessed status)', async () => {
    cloudtrail
      .on(DescribeTrailsCommand)
      .resolves({ trailList: [{ TrailARN: trailArn('main'), HomeRegion: REGION }] });
    cloudtrail.on(GetTrailStatusCommand).rejects(awsError('TrailNotFoundException', 400));
    cloudtrail.on(GetEventSelectorsCommand).resolves({});
    await expect(cloudTrailTrailsCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'TrailNotFoundException',
    });
  });
});
