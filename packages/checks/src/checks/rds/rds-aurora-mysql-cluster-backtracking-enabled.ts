import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.14: Aurora MySQL clusters ('aurora' is Aurora MySQL 5.6) have a backtrack window above 0. */
export const rdsAuroraMysqlClusterBacktrackingEnabled = defineCheck({
  id: 'rds-aurora-mysql-cluster-backtracking-enabled',
  title: 'Aurora MySQL DB clusters have backtracking enabled',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.14'] },
  remediation: {
    text: 'Set a backtrack window so the cluster can be rewound to a point in time without a restore; it can only be set on clusters created with backtracking.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --backtrack-window 86400 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
  },
  evaluate(ctx) {
    const clusters = ctx
      .slice('rds.clusters')
      .filter((cluster) => cluster.engine === 'aurora-mysql' || cluster.engine === 'aurora');
    if (clusters.length === 0)
      return [pass(ctx.scopeResource, `No Aurora MySQL DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.backtrackWindow > 0
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} can backtrack.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) has backtracking off.`,
          ),
    );
  },
});
