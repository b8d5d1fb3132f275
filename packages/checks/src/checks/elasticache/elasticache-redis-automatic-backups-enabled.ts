import type { ElasticacheCacheCluster, ElasticacheReplicationGroup } from '../../inventory/elasticache.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';
import {
  elasticacheCacheClusterResource,
  elasticacheReplicationGroupResource,
} from './elasticache-resources.js';

/** FSBP ElastiCache.1's snapshotRetentionPeriod default, in days. */
const MINIMUM_RETENTION_DAYS = 1;

interface Judged {
  readonly resource: ResourceRef;
  readonly what: string;
  readonly snapshotRetentionLimit: number;
}

function judged(
  groups: readonly ElasticacheReplicationGroup[],
  clusters: readonly ElasticacheCacheCluster[],
): Judged[] {
  return [
    ...groups.map((group) => ({
      resource: elasticacheReplicationGroupResource(group),
      what: `Replication group ${group.id}`,
      snapshotRetentionLimit: group.snapshotRetentionLimit,
    })),
    // A group's members are backed up with their group; Memcached has no backups.
    ...clusters
      .filter((cluster) => cluster.replicationGroupId === null && cluster.engine !== 'memcached')
      .map((cluster) => ({
        resource: elasticacheCacheClusterResource(cluster),
        what: `Cache cluster ${cluster.id}`,
        snapshotRetentionLimit: cluster.snapshotRetentionLimit,
      })),
  ];
}

/**
 * FSBP ElastiCache.1: Redis OSS and Valkey replication groups and stand-alone clusters keep automatic
 * backups for at least a day.
 */
export const elasticacheRedisAutomaticBackupsEnabled = defineCheck({
  id: 'elasticache-redis-automatic-backups-enabled',
  title: 'ElastiCache (Redis OSS, Valkey) clusters have automatic backups enabled',
  service: 'elasticache',
  severity: 'high',
  scope: 'regional',
  requires: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  compliance: { 'aws-fsbp': ['ElastiCache.1'] },
  remediation: {
    text: 'Set a snapshot retention limit of at least one day so ElastiCache takes a daily backup.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --snapshot-retention-limit 7 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
  },
  evaluate(ctx) {
    const resources = judged(
      ctx.slice('elasticache.replicationGroups'),
      ctx.slice('elasticache.cacheClusters'),
    );
    if (resources.length === 0) {
      return [
        pass(ctx.scopeResource, `No Redis OSS or Valkey cluster or replication group in ${ctx.region}.`),
      ];
    }
    return resources.map(({ resource, what, snapshotRetentionLimit }) => {
      const evidence = { snapshotRetentionLimit };
      return snapshotRetentionLimit >= MINIMUM_RETENTION_DAYS
        ? pass(
            resource,
            `${what} keeps automatic backups for ${snapshotRetentionLimit} day${snapshotRetentionLimit === 1 ? '' : 's'}.`,
            evidence,
          )
        : fail(resource, `${what} has automatic backups off.`, evidence);
    });
  },
});
