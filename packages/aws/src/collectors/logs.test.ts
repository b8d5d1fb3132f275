import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import {
  CloudWatchLogsClient,
  DescribeMetricFiltersCommand,
  DescribeSubscriptionFiltersCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { cloudTrailTrailsCollector } from './cloudtrail.js';
import type { CollectorContext } from './collector.js';
import { logsMetricFiltersCollector, logsSubscriptionFiltersCollector } from './logs.js';

const logs = mockClient(CloudWatchLogsClient);
const cloudtrail = mockClient(CloudTrailClient);

beforeEach(() => {
  logs.reset();
  cloudtrail.reset();
});

afterAll(() => {
  logs.restore();
  cloudtrail.restore();
});

const REGION = 'us-east-1';
const groupArn = (name: string, region = REGION, account = TEST_ACCOUNT_ID) =>
  `arn:aws:logs:${region}:${account}:log-group:${name}:*`;

function context(): { ctx: CollectorContext; stats: ReturnType<typeof mockedApi>['stats'] } {
  const { api, stats } = mockedApi();
  return {
    ctx: { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} },
    stats,
  };
}

const accessDenied = () => awsError('AccessDeniedException', 400, 'not authorized to perform logs:Describe*');

describe('logsMetricFiltersCollector', () => {
  it('reads every page and keeps the pattern and the metrics of each filter', async () => {
    logs
      .on(DescribeMetricFiltersCommand, { nextToken: undefined })
      .resolves({
        metricFilters: [
          {
            logGroupName: 'cloudtrail-events',
            filterName: 'root-usage',
            filterPattern: '{ $.userIdentity.type = "Root" }',
            metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1' }],
          },
        ],
        nextToken: 'page-2',
      })
      .on(DescribeMetricFiltersCommand, { nextToken: 'page-2' })
      .resolves({ metricFilters: [{ logGroupName: 'app', filterName: 'errors', filterPattern: 'ERROR' }] });
    const { ctx } = context();

    await expect(logsMetricFiltersCollector.collect(ctx)).resolves.toEqual([
      {
        logGroupName: 'cloudtrail-events',
        filterName: 'root-usage',
        filterPattern: '{ $.userIdentity.type = "Root" }',
        // Broader than CIS 5.3's pattern (root activity), so it catches every event 5.3 asks for.
        cisControlsSatisfied: ['5.3'],
        metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS' }],
      },
      {
        logGroupName: 'app',
        filterName: 'errors',
        filterPattern: 'ERROR',
        cisControlsSatisfied: [],
        metricTransformations: [],
      },
    ]);
    expect(logs.commandCalls(DescribeMetricFiltersCommand)).toHaveLength(2);
  });

  it('gives an empty list when the region has no metric filter', async () => {
    logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
    await expect(logsMetricFiltersCollector.collect(context().ctx)).resolves.toEqual([]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    logs.on(DescribeMetricFiltersCommand).rejects(accessDenied());
    await expect(logsMetricFiltersCollector.collect(context().ctx)).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
    });
  });
});

describe('logsSubscriptionFiltersCollector', () => {
  it("reads the subscription filters of the log groups this region's trails deliver to, every page", async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/a',
          CloudWatchLogsLogGroupArn: groupArn('trail-events'),
        },
        {
          TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/b',
          CloudWatchLogsLogGroupArn: groupArn('trail-events'),
        },
        { TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/c' },
        {
          TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/d',
          CloudWatchLogsLogGroupArn: groupArn('other-account', REGION, '210987654321'),
        },
      ],
    });
    logs
      .on(DescribeSubscriptionFiltersCommand, { logGroupName: 'trail-events', nextToken: undefined })
      .resolves({
        subscriptionFilters: [
          { filterName: 'siem', destinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:siem' },
        ],
        nextToken: 'more',
      })
      .on(DescribeSubscriptionFiltersCommand, { logGroupName: 'trail-events', nextToken: 'more' })
      .resolves({
        subscriptionFilters: [
          {
            filterName: 'archive',
            destinationArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/x',
          },
        ],
      });
    const { ctx } = context();

    await expect(logsSubscriptionFiltersCollector.collect(ctx)).resolves.toEqual([
      {
        logGroupName: 'trail-events',
        logGroupExists: true,
        filters: [
          { filterName: 'siem', destinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:siem' },
          {
            filterName: 'archive',
            destinationArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/x',
          },
        ],
      },
    ]);
  });

  it('shares the DescribeTrails request with the trails collector', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
    const { ctx, stats } = context();
    await Promise.all([
      cloudTrailTrailsCollector.collect(ctx),
      logsSubscriptionFiltersCollector.collect(ctx),
    ]);
    expect(cloudtrail.commandCalls(DescribeTrailsCommand)).toHaveLength(1);
    expect(stats.maxSameRequest()).toBe(1);
  });

  it('records a log group the trail names but that does not exist (ResourceNotFoundException)', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/a',
          CloudWatchLogsLogGroupArn: groupArn('gone'),
        },
      ],
    });
    logs.on(DescribeSubscriptionFiltersCommand).rejects(
      new ResourceNotFoundException({
        message: 'The specified log group does not exist.',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(logsSubscriptionFiltersCollector.collect(context().ctx)).resolves.toEqual([
      { logGroupName: 'gone', logGroupExists: false, filters: [] },
    ]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    cloudtrail.on(DescribeTrailsCommand).resolves({
      trailList: [
        {
          TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/a',
          CloudWatchLogsLogGroupArn: groupArn('g'),
        },
      ],
    });
    logs.on(DescribeSubscriptionFiltersCommand).rejects(accessDenied());
    const failure = logsSubscriptionFiltersCollector.collect(context().ctx);
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({ code: 'AccessDeniedException' });
  });
});
