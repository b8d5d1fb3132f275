import { defineCheck } from '../../model/check-definition.js';
import { judgeEngineLogExports } from './rds-instance-log-exports.js';

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
  evaluate: (ctx) =>
    judgeEngineLogExports(ctx, {
      engineLabel: 'MariaDB',
      isEngine: (engine) => engine === 'mariadb',
      requiredLogTypes: REQUIRED_LOG_TYPES,
    }),
});
