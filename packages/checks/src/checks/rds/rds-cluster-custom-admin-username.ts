import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';
import { isDefaultAdminUsername } from './rds-default-admin-usernames.js';

/**
 * FSBP RDS.24: DB clusters use a master username other than the default admin or postgres. Neptune and
 * DocumentDB clusters are not judged.
 */
export const rdsClusterCustomAdminUsername = defineCheck({
  id: 'rds-cluster-custom-admin-username',
  title: 'RDS DB clusters use a custom administrator username',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.24'] },
  remediation: {
    text: 'The master username cannot be changed: restore a snapshot into a new cluster created with a custom master username (or create one and migrate), then retire the old one.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
  },
  evaluate(ctx) {
    const clusters = ctx
      .slice('rds.clusters')
      .filter((cluster) => cluster.engine !== 'neptune' && cluster.engine !== 'docdb');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No RDS DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      isDefaultAdminUsername(cluster.masterUsername)
        ? fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} uses the default master username ${cluster.masterUsername}.`,
            { masterUsername: cluster.masterUsername },
          )
        : pass(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} uses a custom master username.`,
          ),
    );
  },
});
