import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** FSBP RDS.11's backupRetentionMinimum default, in days. */
const MINIMUM_RETENTION_DAYS = 7;

/**
 * FSBP RDS.11: DB instances keep automated backups for at least 7 days. Read replicas are not judged
 * (checkReadReplicas false): their source's backups are what a restore uses.
 */
export const rdsInstanceAutomaticBackupsEnabled = defineCheck({
  id: 'rds-instance-automatic-backups-enabled',
  title: 'RDS DB instances keep automated backups for at least 7 days',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.11'] },
  remediation: {
    text: `Set the backup retention period to ${MINIMUM_RETENTION_DAYS} days or more so the instance can be restored to any point in that window.`,
    cli: `aws rds modify-db-instance --db-instance-identifier <instance> --backup-retention-period ${MINIMUM_RETENTION_DAYS} --apply-immediately`,
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances').filter((instance) => instance.readReplicaSource === null);
    if (instances.length === 0) {
      return [pass(ctx.scopeResource, `No RDS DB instance other than read replicas in ${ctx.region}.`)];
    }
    return instances.map((instance) => {
      const days = instance.backupRetentionPeriod;
      const evidence = { backupRetentionPeriod: days, minimum: MINIMUM_RETENTION_DAYS };
      if (days >= MINIMUM_RETENTION_DAYS) {
        return pass(
          rdsInstanceResource(instance),
          `DB instance ${instance.identifier} keeps automated backups for ${days} days.`,
          evidence,
        );
      }
      return fail(
        rdsInstanceResource(instance),
        days === 0
          ? `DB instance ${instance.identifier} has automated backups off.`
          : `DB instance ${instance.identifier} keeps automated backups for ${days} day${days === 1 ? '' : 's'}, fewer than ${MINIMUM_RETENTION_DAYS}.`,
        evidence,
      );
    });
  },
});
