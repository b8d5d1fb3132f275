import { DescribeEventSubscriptionsCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsEventSubscriptionsCollector } from './rds-event-subscriptions.js';

const rdsMock = mockClient(RDSClient);

beforeEach(() => {
  rdsMock.reset();
});

afterAll(() => {
  rdsMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const subscriptionArn = (name: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:es:${name}`;

describe('rdsEventSubscriptionsCollector', () => {
  it('pages with Marker; an absent source type or category list means all of them', async () => {
    rdsMock
      .on(DescribeEventSubscriptionsCommand)
      .resolves({
        EventSubscriptionsList: [
          {
            EventSubscriptionArn: subscriptionArn('cluster-alerts'),
            CustSubscriptionId: 'cluster-alerts',
            Enabled: true,
            SourceType: 'db-cluster',
            EventCategoriesList: ['maintenance', 'failure'],
            SourceIdsList: ['shop'],
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeEventSubscriptionsCommand, { Marker: 'm2' })
      .resolves({
        EventSubscriptionsList: [
          {
            EventSubscriptionArn: subscriptionArn('everything'),
            CustSubscriptionId: 'everything',
            Enabled: false,
          },
          { CustSubscriptionId: 'no-arn' },
        ],
      });

    expect(await rdsEventSubscriptionsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: subscriptionArn('cluster-alerts'),
        name: 'cluster-alerts',
        enabled: true,
        sourceType: 'db-cluster',
        eventCategories: ['maintenance', 'failure'],
        sourceIds: ['shop'],
      },
      {
        arn: subscriptionArn('everything'),
        name: 'everything',
        enabled: false,
        sourceType: null,
        eventCategories: [],
        sourceIds: [],
      },
    ]);
    expect(rdsMock.commandCalls(DescribeEventSubscriptionsCommand).map((call) => call.args[0].input)).toEqual(
      [{ MaxRecords: 100 }, { MaxRecords: 100, Marker: 'm2' }],
    );
  });

  it('fails the slice with the AWS code when DescribeEventSubscriptions is denied', async () => {
    rdsMock.on(DescribeEventSubscriptionsCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsEventSubscriptionsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeEventSubscriptions',
    });
  });
});
