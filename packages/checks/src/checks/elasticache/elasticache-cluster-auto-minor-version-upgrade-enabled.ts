import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { elasticacheCacheClusterResource } from './elasticache-resources.js';

/** FSBP ElastiCache.2: Redis OSS and Valkey cache clusters take minor engine upgrades automatically. */
export const elasticacheClusterAutoMinorVersionUpgradeEnabled = defineCheck({
  id: 'elasticache-cluster-auto-minor-version-upgrade-enabled',
  title: 'ElastiCache clusters upgrade minor engine versions automatically',
  service: 'elasticache',
  severity: 'high',
  scope: 'regional',
  requires: ['elasticache.cacheClusters'],
  compliance: { 'aws-fsbp': ['ElastiCache.2'] },
  remediation: {
    text: 'Turn on auto minor version upgrade so engine security patches are applied in the maintenance window.',
    cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <cluster> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
  },
  evaluate(ctx) {
    const clusters = ctx
      .slice('elasticache.cacheClusters')
      .filter((cluster) => cluster.engine !== 'memcached');
    if (clusters.length === 0) {
      return [pass(ctx.scopeResource, `No Redis OSS or Valkey cache cluster in ${ctx.region}.`)];
    }
    return clusters.map((cluster) =>
      cluster.autoMinorVersionUpgrade
        ? pass(
            elasticacheCacheClusterResource(cluster),
            `Cache cluster ${cluster.id} upgrades minor versions automatically.`,
          )
        : fail(
            elasticacheCacheClusterResource(cluster),
            `Cache cluster ${cluster.id} has auto minor version upgrade off.`,
          ),
    );
  },
});
