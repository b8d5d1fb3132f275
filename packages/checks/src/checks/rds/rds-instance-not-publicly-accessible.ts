import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsInstanceResource } from './rds-instance-resource.js';

/**
 * CIS 3.2.3 on the instance flag: PubliclyAccessible gives the endpoint a public IP. CIS also looks at the
 * subnets' routes to an internet gateway; a flagged instance in private subnets is still one route change
 * away from the internet, so the flag alone fails.
 */
export const rdsInstanceNotPubliclyAccessible = defineCheck({
  id: 'rds-instance-not-publicly-accessible',
  title: 'RDS DB instances are not publicly accessible',
  service: 'rds',
  severity: 'critical',
  scope: 'regional',
  requires: ['rds.instances'],
  compliance: { 'cis-aws-7.0.0': ['3.2.3'], 'aws-fsbp': ['RDS.2'] },
  remediation: {
    text: 'Set the instance to not publicly accessible and keep it in private subnets; reach it through a VPN, a bastion or PrivateLink.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
  },
  evaluate(ctx) {
    const instances = ctx.slice('rds.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No RDS DB instance in ${ctx.region}.`)];
    return instances.map((instance) =>
      instance.publiclyAccessible
        ? fail(rdsInstanceResource(instance), `DB instance ${instance.identifier} is publicly accessible.`)
        : pass(
            rdsInstanceResource(instance),
            `DB instance ${instance.identifier} is not publicly accessible.`,
          ),
    );
  },
});
