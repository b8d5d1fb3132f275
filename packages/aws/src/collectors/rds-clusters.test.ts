import { DescribeDBClustersCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsClustersCollector } from './rds-clusters.js';

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

const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:cluster:${id}`;

describe('rdsClustersCollector', () => {
  it('pages with Marker and keeps the settings the cluster checks read', async () => {
    rdsMock
      .on(DescribeDBClustersCommand)
      .resolves({
        DBClusters: [
          {
            DBClusterArn: clusterArn('shop'),
            DBClusterIdentifier: 'shop',
            Engine: 'aurora-mysql',
            EngineMode: 'provisioned',
            DeletionProtection: true,
            IAMDatabaseAuthenticationEnabled: true,
            BacktrackWindow: 86400,
            MultiAZ: true,
            CopyTagsToSnapshot: true,
            MasterUsername: 'shop_owner',
            StorageEncrypted: true,
            EnabledCloudwatchLogsExports: ['audit', 'error'],
            Port: 13306,
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeDBClustersCommand, { Marker: 'm2' })
      .resolves({
        DBClusters: [
          {
            DBClusterArn: clusterArn('ledger'),
            DBClusterIdentifier: 'ledger',
            Engine: 'postgres',
            AutoMinorVersionUpgrade: false,
          },
          // Without an ARN there is nothing to report on.
          { DBClusterIdentifier: 'half-created' },
        ],
      });

    const clusters = await rdsClustersCollector.collect(context(mockedApi().api));

    expect(clusters).toEqual([
      {
        arn: clusterArn('shop'),
        identifier: 'shop',
        engine: 'aurora-mysql',
        engineMode: 'provisioned',
        deletionProtection: true,
        iamDatabaseAuthenticationEnabled: true,
        backtrackWindow: 86400,
        multiAz: true,
        copyTagsToSnapshot: true,
        masterUsername: 'shop_owner',
        storageEncrypted: true,
        cloudwatchLogsExports: ['audit', 'error'],
        autoMinorVersionUpgrade: null,
        port: 13306,
      },
      {
        arn: clusterArn('ledger'),
        identifier: 'ledger',
        engine: 'postgres',
        engineMode: 'provisioned',
        deletionProtection: false,
        iamDatabaseAuthenticationEnabled: false,
        backtrackWindow: 0,
        multiAz: false,
        copyTagsToSnapshot: false,
        masterUsername: null,
        storageEncrypted: false,
        cloudwatchLogsExports: [],
        autoMinorVersionUpgrade: false,
        port: null,
      },
    ]);
    expect(rdsMock.commandCalls(DescribeDBClustersCommand).map((call) => call.args[0].input)).toEqual([
      { MaxRecords: 100 },
      { MaxRecords: 100, Marker: 'm2' },
    ]);
  });

  it('gives an empty list for a region without clusters', async () => {
    rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    await expect(rdsClustersCollector.collect(context(mockedApi().api))).resolves.toEqual([]);
  });

  it('fails the slice with the AWS code when DescribeDBClusters is denied', async () => {
    rdsMock.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsClustersCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeDBClusters',
    });
  });
});
