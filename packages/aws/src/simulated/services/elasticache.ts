import type * as Elasticache from '@aws-sdk/client-elasticache';
import { elasticacheRegion } from '../state/area-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Elasticache>> = SimulatedAnswer<typeof Elasticache, Op>;

type CacheCluster = NonNullable<Answer<'DescribeCacheClusters'>['CacheClusters']>[number];

const DEFAULT_VERSION = { memcached: '1.6.22', redis: '7.1', valkey: '7.2' } as const;

/** Member clusters of a replication group are named after it: <group>-001, <group>-002, ... */
function memberIds(groupId: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${groupId}-${String(index + 1).padStart(3, '0')}`);
}

/**
 * Simulated ElastiCache of each region (`services.elasticache.regions.<region>`): replication groups, and
 * cache clusters (each group's members, then the stand-alone clusters).
 */
export const simulatedElasticache = {
  DescribeReplicationGroups: (request): Answer<'DescribeReplicationGroups'> => {
    const { caller, region, input } = request;
    const groups = elasticacheRegion(caller, region).replicationGroups ?? [];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(groups, input.Marker, size);
    return {
      ReplicationGroups: items.map((group) => ({
        ReplicationGroupId: group.id,
        ARN: `arn:aws:elasticache:${region}:${caller.id}:replicationgroup:${group.id}`,
        Status: 'available',
        Engine: group.engine ?? 'redis',
        MemberClusters: memberIds(group.id, group.memberCount ?? 1),
        AutomaticFailover: group.automaticFailover ?? 'disabled',
        AtRestEncryptionEnabled: group.atRestEncryptionEnabled ?? false,
        TransitEncryptionEnabled: group.transitEncryptionEnabled ?? false,
        AuthTokenEnabled: group.authTokenEnabled ?? false,
        SnapshotRetentionLimit: group.snapshotRetentionLimit ?? 0,
        AutoMinorVersionUpgrade: group.autoMinorVersionUpgrade ?? true,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeCacheClusters: (request): Answer<'DescribeCacheClusters'> => {
    const { caller, region, input } = request;
    const state = elasticacheRegion(caller, region);
    const arn = (id: string) => `arn:aws:elasticache:${region}:${caller.id}:cluster:${id}`;
    const members = (state.replicationGroups ?? []).flatMap((group) =>
      memberIds(group.id, group.memberCount ?? 1).map(
        (id): CacheCluster => ({
          CacheClusterId: id,
          ARN: arn(id),
          CacheClusterStatus: 'available',
          Engine: group.engine ?? 'redis',
          EngineVersion: group.engineVersion ?? DEFAULT_VERSION[group.engine ?? 'redis'],
          ReplicationGroupId: group.id,
          AutoMinorVersionUpgrade: group.autoMinorVersionUpgrade ?? true,
          SnapshotRetentionLimit: group.snapshotRetentionLimit ?? 0,
          CacheSubnetGroupName: group.cacheSubnetGroupName ?? 'default',
          AuthTokenEnabled: group.authTokenEnabled ?? false,
          TransitEncryptionEnabled: group.transitEncryptionEnabled ?? false,
          AtRestEncryptionEnabled: group.atRestEncryptionEnabled ?? false,
        }),
      ),
    );
    const standAlone = (state.cacheClusters ?? []).map(
      (cluster): CacheCluster => ({
        CacheClusterId: cluster.id,
        ARN: arn(cluster.id),
        CacheClusterStatus: 'available',
        Engine: cluster.engine,
        EngineVersion: cluster.engineVersion ?? DEFAULT_VERSION[cluster.engine],
        AutoMinorVersionUpgrade: cluster.autoMinorVersionUpgrade ?? true,
        SnapshotRetentionLimit: cluster.snapshotRetentionLimit ?? 0,
        CacheSubnetGroupName: cluster.cacheSubnetGroupName ?? 'default',
      }),
    );
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page([...members, ...standAlone], input.Marker, size);
    return { CacheClusters: items, ...(next ? { Marker: next } : {}) };
  },
} satisfies SimulatedService<typeof Elasticache>;
