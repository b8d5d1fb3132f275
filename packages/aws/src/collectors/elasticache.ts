import { DescribeReplicationGroupsCommand } from '@aws-sdk/client-elasticache';
import type { ElasticacheReplicationGroup } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's ElastiCache replication groups (DescribeReplicationGroups, all pages). */
export const elasticacheReplicationGroupsCollector: RegionalCollector<'elasticache.replicationGroups'> = {
  slice: 'elasticache.replicationGroups',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(
          region,
          'elasticache',
          new DescribeReplicationGroupsCommand({ MaxRecords: 100, Marker: marker }),
        ),
      nextToken: (page) => page.Marker,
      items: (page) => page.ReplicationGroups,
      entry: (group): ElasticacheReplicationGroup | null =>
        group.ARN && group.ReplicationGroupId
          ? {
              arn: group.ARN,
              id: group.ReplicationGroupId,
              // Groups created before Valkey report no engine: they are Redis OSS.
              engine: group.Engine ?? 'redis',
              automaticFailover: group.AutomaticFailover ?? 'disabled',
              atRestEncryptionEnabled: group.AtRestEncryptionEnabled ?? false,
              transitEncryptionEnabled: group.TransitEncryptionEnabled ?? false,
              authTokenEnabled: group.AuthTokenEnabled ?? false,
              snapshotRetentionLimit: group.SnapshotRetentionLimit ?? 0,
              memberClusters: group.MemberClusters ?? [],
            }
          : null,
    }),
};
