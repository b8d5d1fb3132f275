import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { unexportedLogTypes } from './rds-instance-log-exports.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

const REQUIRED_LOG_TYPES: readonly string[] = ['audit', 'error'];

/** FSBP RDS.42: RDS for MariaDB instances publish the audit and error logs (the rule's default logTypes). */
export const rdsMariadbInstanceLogsExported = defineCheck({
  id: 'rds-mariadb-instance-logs-exported',
  title: 'RDS for MariaDB DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.42'] },
  remediation: {
    text: `Publish the ${REQUIRED_LOG_TYPES.join(' and ')} logs of the instance to CloudWatch Logs, where they are kept and can be searched and alarmed on.`,
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MariaDB.PublishtoCloudWatchLogs.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances').filter((instance) => instance.engine === 'mariadb');
    if (instances.length === 0) {
      return [pass(ctx.scopeResource, `No RDS for MariaDB DB instance in ${ctx.region}.`)];
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
