import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.7: DB clusters (Aurora, Multi-AZ DB clusters, and Neptune and DocumentDB ones, which RDS lists too) have deletion protection on. */
export const rdsClusterDeletionProtectionEnabled = defineCheck({
  id: 'rds-cluster-deletion-protection-enabled',
  title: 'RDS DB clusters have deletion protection enabled',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.7'] },
  remediation: {
    text: 'Turn on deletion protection so the cluster cannot be deleted until the setting is turned off again.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No RDS DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.deletionProtection
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} has deletion protection on.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) has deletion protection off.`,
          ),
    );
  },
});
