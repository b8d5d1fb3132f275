import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/**
 * FSBP Redshift.4: clusters log connections and user activity (DescribeLoggingStatus LoggingEnabled), to S3
 * or CloudWatch Logs. A cluster whose logging status cannot be read is an ERROR with the AWS code.
 */
export const redshiftClusterAuditLoggingEnabled = defineCheck({
  id: 'redshift-cluster-audit-logging-enabled',
  title: 'Redshift clusters have audit logging enabled',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.4'] },
  remediation: {
    text: 'Turn on audit logging (connection, user and user activity logs) to CloudWatch Logs or an S3 bucket.',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) => {
      const resource = redshiftClusterResource(cluster);
      if (!cluster.auditLoggingEnabled.ok) {
        return unreadableField(
          resource,
          cluster.auditLoggingEnabled,
          `the logging status of Redshift cluster ${cluster.identifier}`,
        );
      }
      return cluster.auditLoggingEnabled.value
        ? pass(resource, `Redshift cluster ${cluster.identifier} has audit logging on.`)
        : fail(resource, `Redshift cluster ${cluster.identifier} has audit logging off.`);
    });
  },
});
