import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDbTable } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The codes DynamoDB answers for a table deleted since the listing. */
const GONE = new Set(['ResourceNotFoundException', 'TableNotFoundException']);

/**
 * The region's DynamoDB tables (ListTables, all pages), each with its deletion protection (DescribeTable)
 * and point-in-time recovery status (DescribeContinuousBackups), read on their own per table.
 */
export const dynamodbTablesCollector: RegionalCollector<'dynamodb.tables'> = {
  slice: 'dynamodb.tables',
  collect: ({ api, region, partition, accountId }) =>
    collectList({
      listPage: (token) =>
        api.call(region, 'dynamodb', new ListTablesCommand({ Limit: 100, ExclusiveStartTableName: token })),
      nextToken: (page) => page.LastEvaluatedTableName,
      items: (page) => page.TableNames,
      entry: async (name): Promise<DynamoDbTable | null> => {
        const [deletionProtectionEnabled, pointInTimeRecoveryStatus] = await Promise.all([
          readField('dynamodb:DescribeTable', async () => {
            const { Table } = await api.call(
              region,
              'dynamodb',
              new DescribeTableCommand({ TableName: name }),
            );
            return Table?.DeletionProtectionEnabled === true;
          }),
          readField('dynamodb:DescribeContinuousBackups', async () => {
            const { ContinuousBackupsDescription: backups } = await api.call(
              region,
              'dynamodb',
              new DescribeContinuousBackupsCommand({ TableName: name }),
            );
            return backups?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ?? 'DISABLED';
          }),
        ]);
        const gone = [deletionProtectionEnabled, pointInTimeRecoveryStatus].some(
          (field) => !field.ok && GONE.has(field.code),
        );
        if (gone) return null; // deleted since the listing
        return {
          arn: `arn:${partition}:dynamodb:${region}:${accountId}:table/${name}`,
          name,
          deletionProtectionEnabled,
          pointInTimeRecoveryStatus,
        };
      },
    }),
};
