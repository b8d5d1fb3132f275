import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.37: Aurora PostgreSQL clusters publish the postgresql log. */
export const rdsAuroraPostgresqlClusterLogsExported = defineCheck({
  id: 'rds-aurora-postgresql-cluster-logs-exported',
  title: 'Aurora PostgreSQL DB clusters publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.37'] },
  remediation: {
    text: 'Publish the postgresql log of the cluster to CloudWatch Logs.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.CloudWatch.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters').filter((cluster) => cluster.engine === 'aurora-postgresql');
    if (clusters.length === 0)
      return [pass(ctx.scopeResource, `No Aurora PostgreSQL DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.cloudwatchLogsExports.includes('postgresql')
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} publishes its postgresql log.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) does not publish its postgresql log to CloudWatch Logs.`,
          ),
    );
  },
});
