import { defineCheck } from '../../model/check-definition.js';
import { judgeEngineLogExports } from './rds-instance-log-exports.js';

const REQUIRED_LOG_TYPES: readonly string[] = ['postgresql'];

/** FSBP RDS.36: RDS for PostgreSQL instances publish the postgresql log (the rule's fixed logTypes). */
export const rdsPostgresqlInstanceLogsExported = defineCheck({
  id: 'rds-postgresql-instance-logs-exported',
  title: 'RDS for PostgreSQL DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.36'] },
  remediation: {
    text: `Publish the ${REQUIRED_LOG_TYPES.join(' and ')} logs of the instance to CloudWatch Logs, where they are kept and can be searched and alarmed on.`,
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html#USER_LogAccess.Concepts.PostgreSQL.PublishtoCloudWatchLogs',
  },
  evaluate: (ctx) =>
    judgeEngineLogExports(ctx, {
      engineLabel: 'PostgreSQL',
      isEngine: (engine) => engine === 'postgres',
      requiredLogTypes: REQUIRED_LOG_TYPES,
    }),
});
