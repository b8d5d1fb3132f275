import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** FSBP RDS.6: every DB instance samples Enhanced Monitoring metrics (MonitoringInterval above 0). */
export const rdsInstanceEnhancedMonitoringEnabled = defineCheck({
  id: 'rds-instance-enhanced-monitoring-enabled',
  title: 'RDS DB instances have Enhanced Monitoring configured',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.6'] },
  remediation: {
    text: 'Turn on Enhanced Monitoring (a monitoring interval of 1 to 60 seconds and a monitoring role) so operating-system metrics of the instance reach CloudWatch Logs.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) => {
      const evidence = { monitoringInterval: instance.monitoringInterval };
      return instance.monitoringInterval > 0
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} samples Enhanced Monitoring every ${instance.monitoringInterval} seconds.`,
            evidence,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} has Enhanced Monitoring off.`,
            evidence,
          );
    });
  },
});
