import {
  ConfigServiceClient,
  DescribeConfigurationAggregatorsCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { configAggregatorsCollector, configRecordersCollector } from './config.js';

const config = mockClient(ConfigServiceClient);

beforeEach(() => {
  config.reset();
});

afterAll(() => {
  config.restore();
});

const REGION = 'eu-west-1';

function context(): CollectorContext {
  return {
    api: mockedApi().api,
    accountId: TEST_ACCOUNT_ID,
    partition: 'aws',
    region: REGION,
    sleep: async () => {},
  };
}

describe('configRecordersCollector', () => {
  it('joins each customer-managed recorder with its status and leaves service-linked recorders out', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        {
          name: 'default',
          roleARN: 'arn:aws:iam::123456789012:role/config',
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
        {
          name: 'AWSConfigurationRecorderForCloudWatch',
          servicePrincipal: 'telemetry.amazonaws.com',
          recordingGroup: { allSupported: false },
        },
      ],
    });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({
      ConfigurationRecordersStatus: [
        {
          name: 'default',
          recording: true,
          lastStatus: 'Failure',
          lastErrorCode: 'NoAvailableDeliveryChannelException',
        },
      ],
    });

    await expect(configRecordersCollector.collect(context())).resolves.toEqual([
      {
        name: 'default',
        allSupported: true,
        includeGlobalResourceTypes: true,
        recording: true,
        lastStatus: 'Failure',
        lastErrorCode: 'NoAvailableDeliveryChannelException',
      },
    ]);
  });

  it('reads a region without recorders as an empty list, without asking for a status', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });

    await expect(configRecordersCollector.collect(context())).resolves.toEqual([]);
    expect(config.commandCalls(DescribeConfigurationRecorderStatusCommand)).toHaveLength(0);
  });

  it('marks a recorder AWS gave no status for as of unknown state, and a minimal recording group as not all', async () => {
    config
      .on(DescribeConfigurationRecordersCommand)
      .resolves({ ConfigurationRecorders: [{ name: 'default' }] });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });

    await expect(configRecordersCollector.collect(context())).resolves.toEqual([
      {
        name: 'default',
        allSupported: false,
        includeGlobalResourceTypes: false,
        recording: null,
        lastStatus: null,
        lastErrorCode: null,
      },
    ]);
  });

  it('accepts the upper-case status spelling some documentation shows', async () => {
    config
      .on(DescribeConfigurationRecordersCommand)
      .resolves({ ConfigurationRecorders: [{ name: 'default' }] });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({
      // biome-ignore lint/suspicious/noExplicitAny: a spelling outside the SDK's enum, as older answers have it
      ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' as any }],
    });

    await expect(configRecordersCollector.collect(context())).resolves.toMatchObject([
      { lastStatus: 'Success' },
    ]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    config
      .on(DescribeConfigurationRecordersCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          403,
          'not authorized to perform: config:DescribeConfigurationRecorders',
        ),
      );
    const failure = configRecordersCollector.collect(context());
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'config:DescribeConfigurationRecorders',
    });
  });
});

describe('configAggregatorsCollector', () => {
  it('lists aggregators across NextToken pages, telling organization-wide ones apart', async () => {
    const arn = `arn:aws:config:${REGION}:${TEST_ACCOUNT_ID}:config-aggregator/config-aggregator-`;
    config
      .on(DescribeConfigurationAggregatorsCommand, { NextToken: undefined })
      .resolves({
        ConfigurationAggregators: [
          {
            ConfigurationAggregatorName: 'org',
            ConfigurationAggregatorArn: `${arn}org`,
            OrganizationAggregationSource: {
              RoleArn: 'arn:aws:iam::123456789012:role/agg',
              AllAwsRegions: true,
            },
          },
        ],
        NextToken: 'n1',
      })
      .on(DescribeConfigurationAggregatorsCommand, { NextToken: 'n1' })
      .resolves({
        ConfigurationAggregators: [
          {
            ConfigurationAggregatorName: 'team',
            ConfigurationAggregatorArn: `${arn}team`,
            AccountAggregationSources: [{ AccountIds: ['123456789012'], AllAwsRegions: true }],
          },
        ],
      });

    await expect(configAggregatorsCollector.collect(context())).resolves.toEqual([
      { name: 'org', arn: `${arn}org`, organizationWide: true, allRegions: true },
      { name: 'team', arn: `${arn}team`, organizationWide: false, allRegions: false },
    ]);
  });

  it('propagates AccessDenied', async () => {
    config.on(DescribeConfigurationAggregatorsCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(configAggregatorsCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
    });
  });
});
