import type { ElasticacheCacheCluster, ElasticacheReplicationGroup } from '../../inventory/elasticache.js';
import type { ResourceRef } from '../../model/resource.js';

export function elasticacheReplicationGroupResource(group: ElasticacheReplicationGroup): ResourceRef {
  return { id: group.arn, type: 'AwsElastiCacheReplicationGroup' };
}

export function elasticacheCacheClusterResource(cluster: ElasticacheCacheCluster): ResourceRef {
  return { id: cluster.arn, type: 'AwsElastiCacheCacheCluster' };
}
