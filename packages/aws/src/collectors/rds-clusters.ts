import { DescribeDBClustersCommand } from '@aws-sdk/client-rds';
import type { RdsCluster } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/**
 * The region's DB clusters (DescribeDBClusters, all pages): Aurora, Multi-AZ DB clusters, and the Neptune and
 * DocumentDB clusters the same API lists. Everything the cluster checks read is in the listing.
 */
export const rdsClustersCollector: RegionalCollector<'rds.clusters'> = {
  slice: 'rds.clusters',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeDBClustersCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.DBClusters,
      entry: (cluster): RdsCluster | null =>
        cluster.DBClusterArn
          ? {
              arn: cluster.DBClusterArn,
              identifier: cluster.DBClusterIdentifier ?? cluster.DBClusterArn,
              engine: cluster.Engine ?? 'unknown',
              engineMode: cluster.EngineMode ?? 'provisioned',
              deletionProtection: cluster.DeletionProtection ?? false,
              iamDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled ?? false,
              backtrackWindow: cluster.BacktrackWindow ?? 0,
              multiAz: cluster.MultiAZ ?? false,
              copyTagsToSnapshot: cluster.CopyTagsToSnapshot ?? false,
              masterUsername: cluster.MasterUsername ?? null,
              storageEncrypted: cluster.StorageEncrypted ?? false,
              cloudwatchLogsExports: cluster.EnabledCloudwatchLogsExports ?? [],
              autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade ?? null,
              port: cluster.Port ?? null,
            }
          : null,
    }),
};
