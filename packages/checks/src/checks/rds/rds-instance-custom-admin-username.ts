import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { isDefaultAdminUsername } from './rds-default-admin-usernames.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/**
 * FSBP RDS.25: stand-alone DB instances use a master username other than the default admin or postgres.
 * Cluster members take the cluster's username (RDS.24); Neptune and DocumentDB are not judged.
 */
export const rdsInstanceCustomAdminUsername = defineCheck({
  id: 'rds-instance-custom-admin-username',
  title: 'RDS DB instances use a custom administrator username',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'aws-fsbp': ['RDS.25'] },
  remediation: {
    text: 'The master username cannot be changed: restore a snapshot into a new instance created with a custom master username (or create one and migrate), then retire the old one.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html',
  },
  evaluate(ctx) {
    const instances = ctx
      .slice('rds.instances')
      .filter(
        (instance) =>
          instance.clusterIdentifier === null && instance.engine !== 'neptune' && instance.engine !== 'docdb',
      );
    if (instances.length === 0) {
      return [pass(ctx.scopeResource, `No stand-alone RDS DB instance in ${ctx.region}.`)];
    }
    return instances.map((instance) =>
      isDefaultAdminUsername(instance.masterUsername)
        ? fail(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} uses the default master username ${instance.masterUsername}.`,
            { masterUsername: instance.masterUsername },
          )
        : pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} uses a custom master username.`,
          ),
    );
  },
});
