import { defineCheck } from '../../model/check-definition.js';
import { fail, manual, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/**
 * CIS 3.2.4. Instances of a cluster (Aurora, Multi-AZ DB clusters) get their availability from the cluster,
 * whose instances each report MultiAZ false: they are MANUAL, not FAIL.
 */
export const rdsInstanceMultiAzEnabled = defineCheck({
  id: 'rds-instance-multi-az-enabled',
  title: 'RDS DB instances use Multi-AZ deployments',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'cis-aws-7.0.0': ['3.2.4'], 'aws-fsbp': ['RDS.5'] },
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment where its availability matters (a standby in another Availability Zone).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) => {
      const resource = rdsInstanceResource(instance);
      if (instance.clusterIdentifier) {
        return manual(
          resource,
          `DB instance ${instance.identifier} belongs to cluster ${instance.clusterIdentifier}: check that the cluster has instances in more than one Availability Zone.`,
          { cluster: instance.clusterIdentifier },
        );
      }
      return instance.multiAz
        ? pass(resource, `DB instance ${instance.identifier} is a Multi-AZ deployment.`)
        : fail(resource, `DB instance ${instance.identifier} runs in a single Availability Zone.`);
    });
  },
});
