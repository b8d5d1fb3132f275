import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.34: Aurora MySQL clusters publish the audit log; Aurora Serverless v1 clusters (engine mode serverless) are not judged. */
export const rdsAuroraMysqlClusterAuditLogsExported = defineCheck({
  id: 'rds-aurora-mysql-cluster-audit-logs-exported',
  title: 'Aurora MySQL DB clusters publish audit logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.34'] },
  remediation: {
    text: 'Publish the audit log of the cluster to CloudWatch Logs (with server_audit_logging on in its cluster parameter group).',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html',
  },
  evaluate(ctx) {
    const clusters = ctx
      .slice('rds.clusters')
      .filter(
        (cluster) =>
          (cluster.engine === 'aurora-mysql' || cluster.engine === 'aurora') &&
          cluster.engineMode !== 'serverless',
      );
    if (clusters.length === 0)
      return [pass(ctx.scopeResource, `No provisioned Aurora MySQL DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.cloudwatchLogsExports.includes('audit')
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} publishes its audit log.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) does not publish its audit log to CloudWatch Logs.`,
          ),
    );
  },
});
