import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { elasticacheCacheClusterResource } from './elasticache-resources.js';

/**
 * FSBP ElastiCache.7: cache clusters run in a subnet group of their own, not in "default" (the default VPC's
 * subnets, public ones included).
 */
export const elasticacheClusterDefaultSubnetGroupNotUsed = defineCheck({
  id: 'elasticache-cluster-default-subnet-group-not-used',
  title: 'ElastiCache clusters do not use the default subnet group',
  service: 'elasticache',
  severity: 'high',
  scope: 'regional',
  requires: ['elasticache.cacheClusters'],
  compliance: { 'aws-fsbp': ['ElastiCache.7'] },
  remediation: {
    text: 'Create a subnet group of private subnets and recreate the cluster in it (a cluster cannot change subnet group).',
    cli: 'aws elasticache create-cache-subnet-group --cache-subnet-group-name <name> --cache-subnet-group-description <text> --subnet-ids <private-subnet-ids>',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.Creating.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('elasticache.cacheClusters');
    if (clusters.length === 0)
      return [pass(ctx.scopeResource, `No ElastiCache cache cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.cacheSubnetGroupName === 'default'
        ? fail(
            elasticacheCacheClusterResource(cluster),
            `Cache cluster ${cluster.id} uses the default subnet group.`,
          )
        : pass(
            elasticacheCacheClusterResource(cluster),
            `Cache cluster ${cluster.id} uses its own subnet group.`,
            {
              cacheSubnetGroupName: cluster.cacheSubnetGroupName,
            },
          ),
    );
  },
});
