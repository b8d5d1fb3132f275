import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import type { RdsInstance } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** The region's DB instances (DescribeDBInstances, all pages). */
export const rdsInstancesCollector: RegionalCollector<'rds.instances'> = {
  slice: 'rds.instances',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) =>
        api.call(region, 'rds', new DescribeDBInstancesCommand({ MaxRecords: 100, Marker: marker })),
      (page) => page.Marker,
    );
    return pages
      .flatMap((page) => page.DBInstances ?? [])
      .flatMap((instance): RdsInstance[] =>
        instance.DBInstanceArn
          ? [
              {
                arn: instance.DBInstanceArn,
                identifier: instance.DBInstanceIdentifier ?? instance.DBInstanceArn,
                engine: instance.Engine ?? 'unknown',
                clusterIdentifier: instance.DBClusterIdentifier ?? null,
                storageEncrypted: instance.StorageEncrypted ?? false,
                autoMinorVersionUpgrade: instance.AutoMinorVersionUpgrade ?? false,
                publiclyAccessible: instance.PubliclyAccessible ?? false,
                multiAz: instance.MultiAZ ?? false,
              },
            ]
          : [],
      );
  },
};
