import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { cloudWatchAlarmsCollector } from './cloudwatch.js';
import type { CollectorContext } from './collector.js';

const cloudwatch = mockClient(CloudWatchClient);

beforeEach(() => {
  cloudwatch.reset();
});

afterAll(() => {
  cloudwatch.restore();
});

const REGION = 'eu-west-1';
const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: REGION,
  sleep: async () => {},
});

describe('cloudWatchAlarmsCollector', () => {
  it('reads every page of metric alarms', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm'], NextToken: undefined })
      .resolves({
        MetricAlarms: [
          {
            AlarmArn: `arn:aws:cloudwatch:${REGION}:${TEST_ACCOUNT_ID}:alarm:root-usage`,
            AlarmName: 'root-usage',
            MetricName: 'RootUsage',
            Namespace: 'CIS',
            ActionsEnabled: true,
            AlarmActions: [`arn:aws:sns:${REGION}:${TEST_ACCOUNT_ID}:alerts`],
            StateValue: 'OK',
          },
        ],
        NextToken: 'next',
      })
      .on(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm'], NextToken: 'next' })
      .resolves({ MetricAlarms: [{ AlarmArn: 'arn:x', AlarmName: 'math', Metrics: [{ Id: 'm1' }] }] });

    await expect(cloudWatchAlarmsCollector.collect(context())).resolves.toEqual([
      {
        arn: `arn:aws:cloudwatch:${REGION}:${TEST_ACCOUNT_ID}:alarm:root-usage`,
        name: 'root-usage',
        metricName: 'RootUsage',
        namespace: 'CIS',
        actionsEnabled: true,
        alarmActions: [`arn:aws:sns:${REGION}:${TEST_ACCOUNT_ID}:alerts`],
        state: 'OK',
      },
      {
        arn: 'arn:x',
        name: 'math',
        metricName: null,
        namespace: null,
        actionsEnabled: false,
        alarmActions: [],
        state: null,
      },
    ]);
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(2);
  });

  it('gives an empty list when the region has no alarm', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    await expect(cloudWatchAlarmsCollector.collect(context())).resolves.toEqual([]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    cloudwatch
      .on(DescribeAlarmsCommand)
      .rejects(awsError('AccessDenied', 403, 'not authorized: cloudwatch:DescribeAlarms'));
    const failure = cloudWatchAlarmsCollector.collect(context());
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({ code: 'AccessDenied', kind: 'access-denied' });
  });
});
