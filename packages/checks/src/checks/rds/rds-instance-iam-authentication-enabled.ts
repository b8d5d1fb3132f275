import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/** The engines that support IAM database authentication, as FSBP RDS.10 lists them. */
const JUDGED_ENGINES: readonly string[] = [
  'mysql',
  'postgres',
  'aurora',
  'aurora-mysql',
  'aurora-postgresql',
  'mariadb',
];

/** The instance states RDS.10 evaluates: an instance being created, stopped or deleted is not judged. */
const JUDGED_STATUSES: readonly string[] = [
  'available',
  'backing-up',
  'storage-optimization',
  'storage-full',
];

/** FSBP RDS.10: DB instances of the engines above accept IAM database authentication. */
export const rdsInstanceIamAuthenticationEnabled = defineCheck({
  id: 'rds-instance-iam-authentication-enabled',
  title: 'RDS DB instances have IAM database authentication enabled',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.10'] },
  remediation: {
    text: 'Turn on IAM database authentication so users connect with short-lived IAM tokens instead of database passwords.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Enabling.html',
  },
  evaluate(ctx) {
    const instances = ctx
      .slice('rds.instances')
      .filter(
        (instance) => JUDGED_ENGINES.includes(instance.engine) && JUDGED_STATUSES.includes(instance.status),
      );
    if (instances.length === 0) {
      return [
        pass(
          ctx.scopeResource,
          `No running MySQL, MariaDB or PostgreSQL-family DB instance in ${ctx.region}.`,
        ),
      ];
    }
    return instances.map((instance) =>
      instance.iamDatabaseAuthenticationEnabled
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} accepts IAM database authentication.`,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} (${instance.engine}) has IAM database authentication off.`,
          ),
    );
  },
});
