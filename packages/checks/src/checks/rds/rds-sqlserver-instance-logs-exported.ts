import { defineCheck } from '../../model/check-definition.js';
import { judgeEngineLogExports } from './rds-instance-log-exports.js';

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
  evaluate: (ctx) =>
    judgeEngineLogExports(ctx, {
      engineLabel: 'SQL Server',
      isEngine: (engine) => engine.startsWith('sqlserver-'),
      requiredLogTypes: REQUIRED_LOG_TYPES,
    }),
});
