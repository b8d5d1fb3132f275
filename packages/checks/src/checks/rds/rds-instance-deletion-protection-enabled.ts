import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/**
 * The engines FSBP RDS.8 evaluates (the rule's fixed databaseEngines). Aurora instances are left out: their
 * deletion protection is the cluster's (RDS.7).
 */
const JUDGED_ENGINES: readonly string[] = [
  'mariadb',
  'mysql',
  'custom-oracle-ee',
  'oracle-ee-cdb',
  'oracle-se2-cdb',
  'oracle-ee',
  'oracle-se2',
  'oracle-se1',
  'oracle-se',
  'postgres',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
];

/** FSBP RDS.8: DB instances of the engines above have deletion protection on. */
export const rdsInstanceDeletionProtectionEnabled = defineCheck({
  id: 'rds-instance-deletion-protection-enabled',
  title: 'RDS DB instances have deletion protection enabled',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.8'] },
  remediation: {
    text: 'Turn on deletion protection so the instance cannot be deleted until the setting is turned off again.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --deletion-protection --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  },
  evaluate(ctx) {
    const instances = ctx
      .slice('rds.instances')
      .filter((instance) => JUDGED_ENGINES.includes(instance.engine));
    if (instances.length === 0) {
      return [pass(ctx.scopeResource, `No RDS DB instance of an engine RDS.8 covers in ${ctx.region}.`)];
    }
    return instances.map((instance) =>
      instance.deletionProtection
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} has deletion protection on.`,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} (${instance.engine}) has deletion protection off.`,
          ),
    );
  },
});
