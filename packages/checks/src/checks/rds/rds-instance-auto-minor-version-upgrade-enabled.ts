import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

export const rdsInstanceAutoMinorVersionUpgradeEnabled = defineCheck({
  id: 'rds-instance-auto-minor-version-upgrade-enabled',
  title: 'RDS DB instances upgrade minor engine versions automatically',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'cis-aws-7.0.0': ['3.2.2'], 'aws-fsbp': ['RDS.13'] },
  remediation: {
    text: 'Turn on auto minor version upgrade so security patches of the engine are applied in the maintenance window.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) =>
      instance.autoMinorVersionUpgrade
        ? pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} upgrades minor versions automatically.`,
          )
        : fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} has auto minor version upgrade disabled.`,
          ),
    );
  },
});
