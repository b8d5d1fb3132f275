import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.35: Multi-AZ DB clusters (engine mysql or postgres) upgrade minor versions automatically. Aurora sets it per instance and is not judged. */
export const rdsClusterAutoMinorVersionUpgradeEnabled = defineCheck({
  id: 'rds-cluster-auto-minor-version-upgrade-enabled',
  title: 'RDS Multi-AZ DB clusters upgrade minor engine versions automatically',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.35'] },
  remediation: {
    text: 'Turn on auto minor version upgrade so security patches of the engine are applied in the maintenance window.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts-upgrading.html',
  },
  evaluate(ctx) {
    const clusters = ctx
      .slice('rds.clusters')
      .filter((cluster) => cluster.engine === 'mysql' || cluster.engine === 'postgres');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Multi-AZ DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.autoMinorVersionUpgrade === true
        ? pass(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} upgrades minor versions automatically.`,
          )
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) has auto minor version upgrade off.`,
          ),
    );
  },
});
