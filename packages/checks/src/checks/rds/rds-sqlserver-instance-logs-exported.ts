import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { unexportedLogTypes } from './rds-instance-log-exports.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

const REQUIRED_LOG_TYPES: readonly string[] = ['agent', 'error'];

/** FSBP RDS.40: RDS for SQL Server instances publish the agent and error logs (the rule's default logTypes). */
export const rdsSqlserverInstanceLogsExported = defineCheck({
  id: 'rds-sqlserver-instance-logs-exported',
  title: 'RDS for SQL Server DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.40'] },
  remediation: {
    text: `Publish the ${REQUIRED_LOG_TYPES.join(' and ')} logs of the instance to CloudWatch Logs, where they are kept and can be searched and alarmed on.`,
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["agent","error"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.SQLServer.html#USER_LogAccess.SQLServer.PublishtoCloudWatchLogs',
  },
  evaluate(ctx) {
    const instances = ctx
      .slice('rds.instances')
      .filter((instance) => instance.engine.startsWith('sqlserver-'));
    if (instances.length === 0) {
      return [pass(ctx.scopeResource, `No RDS for SQL Server DB instance in ${ctx.region}.`)];
    }
    return instances.map((instance) => {
      const missing = unexportedLogTypes(instance, REQUIRED_LOG_TYPES);
      const evidence = { exported: instance.cloudwatchLogsExports, missing };
      return missing.length === 0
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} publishes its ${REQUIRED_LOG_TYPES.join(', ')} logs.`,
            evidence,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} does not publish its ${missing.join(', ')} logs to CloudWatch Logs.`,
            evidence,
          );
    });
  },
});
