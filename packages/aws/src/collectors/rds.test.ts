import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsInstancesCollector } from './rds.js';

const rds = mockClient(RDSClient);

beforeEach(() => {
  rds.reset();
});

afterAll(() => {
  rds.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const instanceArn = (id: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:db:${id}`;

describe('rdsInstancesCollector', () => {
  it('pages with Marker and keeps the flags the checks read', async () => {
    rds
      .on(DescribeDBInstancesCommand)
      .resolves({
        DBInstances: [
          {
            DBInstanceArn: instanceArn('orders'),
            DBInstanceIdentifier: 'orders',
            Engine: 'mysql',
            StorageEncrypted: false,
            AutoMinorVersionUpgrade: false,
            PubliclyAccessible: true,
            MultiAZ: false,
            DBInstanceStatus: 'available',
            DeletionProtection: true,
            MonitoringInterval: 60,
            IAMDatabaseAuthenticationEnabled: true,
            BackupRetentionPeriod: 7,
            ReadReplicaSourceDBInstanceIdentifier: 'orders-primary',
            CopyTagsToSnapshot: true,
            MasterUsername: 'orders_owner',
            EnabledCloudwatchLogsExports: ['audit', 'error'],
            Endpoint: { Address: 'orders.example.us-east-1.rds.amazonaws.com', Port: 3307 },
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeDBInstancesCommand, { Marker: 'm2' })
      .resolves({
        DBInstances: [
          {
            DBInstanceArn: instanceArn('aurora-1'),
            DBInstanceIdentifier: 'aurora-1',
            Engine: 'aurora-postgresql',
            DBClusterIdentifier: 'reporting',
            StorageEncrypted: true,
            AutoMinorVersionUpgrade: true,
            PubliclyAccessible: false,
            MultiAZ: false,
          },
        ],
      });

    const instances = await rdsInstancesCollector.collect(context(mockedApi().api));

    expect(instances).toEqual([
      {
        arn: instanceArn('orders'),
        identifier: 'orders',
        engine: 'mysql',
        clusterIdentifier: null,
        storageEncrypted: false,
        autoMinorVersionUpgrade: false,
        publiclyAccessible: true,
        multiAz: false,
        status: 'available',
        deletionProtection: true,
        monitoringInterval: 60,
        iamDatabaseAuthenticationEnabled: true,
        backupRetentionPeriod: 7,
        readReplicaSource: 'orders-primary',
        copyTagsToSnapshot: true,
        masterUsername: 'orders_owner',
        cloudwatchLogsExports: ['audit', 'error'],
        port: 3307,
      },
      {
        arn: instanceArn('aurora-1'),
        identifier: 'aurora-1',
        engine: 'aurora-postgresql',
        clusterIdentifier: 'reporting',
        storageEncrypted: true,
        autoMinorVersionUpgrade: true,
        publiclyAccessible: false,
        multiAz: false,
        // What AWS leaves out is read as off: no status, no protection, no monitoring, no logs.
        status: 'unknown',
        deletionProtection: false,
        monitoringInterval: 0,
        iamDatabaseAuthenticationEnabled: false,
        backupRetentionPeriod: 0,
        readReplicaSource: null,
        copyTagsToSnapshot: false,
        masterUsername: null,
        cloudwatchLogsExports: [],
        port: null,
      },
    ]);
    expect(rds.commandCalls(DescribeDBInstancesCommand).map((call) => call.args[0].input)).toEqual([
      { MaxRecords: 100 },
      { MaxRecords: 100, Marker: 'm2' },
    ]);
  });

  it('gives an empty list for a region without instances', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
    await expect(rdsInstancesCollector.collect(context(mockedApi().api))).resolves.toEqual([]);
  });

  it('propagates AccessDenied', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsInstancesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeDBInstances',
    });
  });
});
