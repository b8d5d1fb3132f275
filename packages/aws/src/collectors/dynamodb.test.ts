import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { dynamodbTablesCollector } from './dynamodb.js';

const dynamodbMock = mockClient(DynamoDBClient);

beforeEach(() => {
  dynamodbMock.reset();
});

afterAll(() => {
  dynamodbMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const arn = (name: string) => `arn:aws:dynamodb:us-east-1:${TEST_ACCOUNT_ID}:table/${name}`;
const pitr = (status: 'ENABLED' | 'DISABLED') => ({
  ContinuousBackupsDescription: {
    ContinuousBackupsStatus: 'ENABLED' as const,
    PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: status },
  },
});

describe('dynamodbTablesCollector', () => {
  it('lists every page of tables with their deletion protection and point-in-time recovery', async () => {
    dynamodbMock
      .on(ListTablesCommand)
      .resolvesOnce({ TableNames: ['orders'], LastEvaluatedTableName: 'orders' })
      .resolves({ TableNames: ['sessions'] });
    dynamodbMock
      .on(DescribeTableCommand, { TableName: 'orders' })
      .resolves({ Table: { TableName: 'orders', DeletionProtectionEnabled: true } });
    dynamodbMock
      .on(DescribeTableCommand, { TableName: 'sessions' })
      .resolves({ Table: { TableName: 'sessions' } });
    dynamodbMock.on(DescribeContinuousBackupsCommand, { TableName: 'orders' }).resolves(pitr('ENABLED'));
    dynamodbMock.on(DescribeContinuousBackupsCommand, { TableName: 'sessions' }).resolves(pitr('DISABLED'));

    expect(await dynamodbTablesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('orders'),
        name: 'orders',
        deletionProtectionEnabled: { ok: true, value: true },
        pointInTimeRecoveryStatus: { ok: true, value: 'ENABLED' },
      },
      {
        arn: arn('sessions'),
        name: 'sessions',
        deletionProtectionEnabled: { ok: true, value: false },
        pointInTimeRecoveryStatus: { ok: true, value: 'DISABLED' },
      },
    ]);
    expect(dynamodbMock.commandCalls(ListTablesCommand).map((call) => call.args[0].input)).toEqual([
      { Limit: 100 },
      { Limit: 100, ExclusiveStartTableName: 'orders' },
    ]);
  });

  it('keeps each unreadable field as that table’s error and drops a table deleted since the listing', async () => {
    dynamodbMock.on(ListTablesCommand).resolves({ TableNames: ['locked', 'gone'] });
    dynamodbMock
      .on(DescribeTableCommand, { TableName: 'locked' })
      .resolves({ Table: { TableName: 'locked', DeletionProtectionEnabled: false } });
    dynamodbMock
      .on(DescribeContinuousBackupsCommand, { TableName: 'locked' })
      .rejects(awsError('AccessDeniedException', 400));
    dynamodbMock
      .on(DescribeTableCommand, { TableName: 'gone' })
      .rejects(awsError('ResourceNotFoundException', 400));
    dynamodbMock
      .on(DescribeContinuousBackupsCommand, { TableName: 'gone' })
      .rejects(awsError('TableNotFoundException', 400));

    expect(await dynamodbTablesCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: arn('locked'),
        name: 'locked',
        deletionProtectionEnabled: { ok: true, value: false },
        pointInTimeRecoveryStatus: {
          ok: false,
          code: 'AccessDeniedException',
          operation: 'dynamodb:DescribeContinuousBackups',
        },
      },
    ]);
  });

  it('fails the slice with the AWS code when ListTables is denied', async () => {
    dynamodbMock.on(ListTablesCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(dynamodbTablesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'dynamodb:ListTables',
    });
  });
});
