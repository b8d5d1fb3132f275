import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { unexportedLogTypes } from './rds-instance-log-exports.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/**
 * The log types AWS Config's rds-logging-enabled expects each engine family to publish. Engines without an
 * entry (Db2, RDS Custom) are not evaluated.
 */
function requiredLogTypes(engine: string): readonly string[] | null {
  if (engine.startsWith('oracle-')) return ['alert', 'audit', 'trace', 'listener'];
  if (engine.startsWith('sqlserver-')) return ['error', 'agent'];
  switch (engine) {
    case 'postgres':
      return ['postgresql', 'upgrade'];
    case 'mysql':
    case 'mariadb':
    case 'aurora':
    case 'aurora-mysql':
      return ['audit', 'error', 'general', 'slowquery'];
    case 'aurora-postgresql':
      return ['postgresql'];
    default:
      return null;
  }
}

/** FSBP RDS.9: each DB instance publishes all of its engine's log types to CloudWatch Logs. */
export const rdsInstanceLogsExported = defineCheck({
  id: 'rds-instance-logs-exported',
  title: 'RDS DB instances publish their engine logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.9'] },
  remediation: {
    text: "Publish every log type of the engine (for example MySQL's audit, error, general and slow query logs) to CloudWatch Logs; some need the engine's parameter group to produce them.",
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error","general","slowquery"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  evaluate(ctx) {
    const judged = ctx.slice('rds.instances').flatMap((instance) => {
      const required = requiredLogTypes(instance.engine);
      return required ? [{ instance, required }] : [];
    });
    if (judged.length === 0) {
      return [pass(ctx.scopeResource, `No RDS DB instance whose engine logs RDS.9 covers in ${ctx.region}.`)];
    }
    return judged.map(({ instance, required }) => {
      const missing = unexportedLogTypes(instance, required);
      const evidence = { exported: instance.cloudwatchLogsExports, missing };
      return missing.length === 0
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} publishes ${required.join(', ')} logs.`,
            evidence,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} (${instance.engine}) does not publish ${missing.join(', ')} logs to CloudWatch Logs.`,
            evidence,
          );
    });
  },
});
