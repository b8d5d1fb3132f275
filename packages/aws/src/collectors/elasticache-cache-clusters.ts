import { DescribeCacheClustersCommand } from '@aws-sdk/client-elasticache';
import type { ElasticacheCacheCluster } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's ElastiCache cache clusters, replication group members included (DescribeCacheClusters). */
export const elasticacheCacheClustersCollector: RegionalCollector<'elasticache.cacheClusters'> = {
  slice: 'elasticache.cacheClusters',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(
          region,
          'elasticache',
          new DescribeCacheClustersCommand({ MaxRecords: 100, Marker: marker }),
        ),
      nextToken: (page) => page.Marker,
      items: (page) => page.CacheClusters,
      entry: (cluster): ElasticacheCacheCluster | null =>
        cluster.ARN && cluster.CacheClusterId
          ? {
              arn: cluster.ARN,
              id: cluster.CacheClusterId,
              engine: cluster.Engine ?? 'unknown',
              engineVersion: cluster.EngineVersion ?? null,
              replicationGroupId: cluster.ReplicationGroupId ?? null,
              autoMinorVersionUpgrade: cluster.AutoMinorVersionUpgrade ?? false,
              snapshotRetentionLimit: cluster.SnapshotRetentionLimit ?? 0,
              cacheSubnetGroupName: cluster.CacheSubnetGroupName ?? null,
            }
          : null,
    }),
};
