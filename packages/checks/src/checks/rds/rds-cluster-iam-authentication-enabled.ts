import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.12: DB clusters accept IAM database authentication. */
export const rdsClusterIamAuthenticationEnabled = defineCheck({
  id: 'rds-cluster-iam-authentication-enabled',
  title: 'RDS DB clusters have IAM database authentication enabled',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.12'] },
  remediation: {
    text: 'Turn on IAM database authentication so users connect with short-lived IAM tokens instead of database passwords.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.Enabling.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No RDS DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.iamDatabaseAuthenticationEnabled
        ? pass(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} accepts IAM database authentication.`,
          )
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) has IAM database authentication off.`,
          ),
    );
  },
});
