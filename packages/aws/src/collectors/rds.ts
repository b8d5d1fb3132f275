import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import type { RdsInstance } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's DB instances (DescribeDBInstances, all pages). */
export const rdsInstancesCollector: RegionalCollector<'rds.instances'> = {
  slice: 'rds.instances',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeDBInstancesCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.DBInstances,
      entry: (instance): RdsInstance | null =>
        instance.DBInstanceArn
          ? {
              arn: instance.DBInstanceArn,
              identifier: instance.DBInstanceIdentifier ?? instance.DBInstanceArn,
              engine: instance.Engine ?? 'unknown',
              clusterIdentifier: instance.DBClusterIdentifier ?? null,
              storageEncrypted: instance.StorageEncrypted ?? false,
              autoMinorVersionUpgrade: instance.AutoMinorVersionUpgrade ?? false,
              publiclyAccessible: instance.PubliclyAccessible ?? false,
              multiAz: instance.MultiAZ ?? false,
              status: instance.DBInstanceStatus ?? 'unknown',
              deletionProtection: instance.DeletionProtection ?? false,
              monitoringInterval: instance.MonitoringInterval ?? 0,
              iamDatabaseAuthenticationEnabled: instance.IAMDatabaseAuthenticationEnabled ?? false,
              backupRetentionPeriod: instance.BackupRetentionPeriod ?? 0,
              readReplicaSource:
                instance.ReadReplicaSourceDBInstanceIdentifier ??
                instance.ReadReplicaSourceDBClusterIdentifier ??
                null,
              copyTagsToSnapshot: instance.CopyTagsToSnapshot ?? false,
              masterUsername: instance.MasterUsername ?? null,
              cloudwatchLogsExports: instance.EnabledCloudwatchLogsExports ?? [],
              port: instance.Endpoint?.Port ?? instance.DbInstancePort ?? null,
            }
          : null,
    }),
};
