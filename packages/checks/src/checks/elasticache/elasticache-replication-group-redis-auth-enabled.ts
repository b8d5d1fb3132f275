import type { ElasticacheCacheCluster, ElasticacheReplicationGroup } from '../../inventory/elasticache.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, manual, pass } from '../../model/check-result.js';
import { elasticacheReplicationGroupResource } from './elasticache-resources.js';

/** Redis OSS 6.0 brought role-based access control (users); before it, AUTH is the only access control. */
const RBAC_MAJOR_VERSION = 6;

/** The group's engine version: DescribeReplicationGroups does not give it, its member clusters do. */
function engineVersion(
  group: ElasticacheReplicationGroup,
  clusters: readonly ElasticacheCacheCluster[],
): string | null {
  const member = clusters.find(
    (cluster) => group.memberClusters.includes(cluster.id) && cluster.engineVersion,
  );
  return member?.engineVersion ?? null;
}

/**
 * FSBP ElastiCache.6: Redis OSS replication groups older than 6.0 require an AUTH token. Groups on 6.0 and
 * later (and Valkey, which starts at 7.2) are not judged: they control access with users.
 */
export const elasticacheReplicationGroupRedisAuthEnabled = defineCheck({
  id: 'elasticache-replication-group-redis-auth-enabled',
  title: 'ElastiCache replication groups before Redis OSS 6.0 require AUTH',
  service: 'elasticache',
  severity: 'medium',
  scope: 'regional',
  requires: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  compliance: { 'aws-fsbp': ['ElastiCache.6'] },
  remediation: {
    text: 'Set an AUTH token (with in-transit encryption on), or upgrade to Redis OSS 6.0 or later and use role-based access control.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --auth-token <token> --auth-token-update-strategy ROTATE --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('elasticache.cacheClusters');
    const results = ctx
      .slice('elasticache.replicationGroups')
      .filter((group) => group.engine === 'redis')
      .flatMap((group) => {
        const resource = elasticacheReplicationGroupResource(group);
        const version = engineVersion(group, clusters);
        if (version === null) {
          return [
            manual(
              resource,
              `Replication group ${group.id}: no member cluster reports its engine version; check whether it is below Redis OSS 6.0 and requires AUTH.`,
            ),
          ];
        }
        if (Number.parseInt(version, 10) >= RBAC_MAJOR_VERSION) return [];
        return [
          group.authTokenEnabled
            ? pass(resource, `Replication group ${group.id} (Redis OSS ${version}) requires AUTH.`, {
                version,
              })
            : fail(resource, `Replication group ${group.id} (Redis OSS ${version}) does not require AUTH.`, {
                version,
              }),
        ];
      });
    if (results.length === 0) {
      return [pass(ctx.scopeResource, `No replication group before Redis OSS 6.0 in ${ctx.region}.`)];
    }
    return results;
  },
});
