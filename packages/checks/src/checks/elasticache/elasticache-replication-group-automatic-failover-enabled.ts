import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { elasticacheReplicationGroupResource } from './elasticache-resources.js';

/** FSBP ElastiCache.3: replication groups promote a replica when the primary fails (AutomaticFailover enabled). */
export const elasticacheReplicationGroupAutomaticFailoverEnabled = defineCheck({
  id: 'elasticache-replication-group-automatic-failover-enabled',
  title: 'ElastiCache replication groups have automatic failover enabled',
  service: 'elasticache',
  severity: 'medium',
  scope: 'regional',
  requires: ['elasticache.replicationGroups'],
  compliance: { 'aws-fsbp': ['ElastiCache.3'] },
  remediation: {
    text: 'Add a replica in another Availability Zone and turn on automatic failover (and Multi-AZ).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('elasticache.replicationGroups');
    if (groups.length === 0) {
      return [pass(ctx.scopeResource, `No ElastiCache replication group in ${ctx.region}.`)];
    }
    return groups.map((group) =>
      group.automaticFailover === 'enabled'
        ? pass(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} fails over automatically.`,
          )
        : fail(
            elasticacheReplicationGroupResource(group),
            `Replication group ${group.id} has automatic failover ${group.automaticFailover}.`,
          ),
    );
  },
});
