import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { networkAclResource } from './ec2-resources.js';

/**
 * FSBP EC2.16: every network ACL other than a VPC's default one is associated with a subnet. An unused
 * ACL protects nothing and, once attached by mistake, applies rules nobody reviewed. Default ACLs are not
 * judged: AWS keeps them for the VPC's lifetime.
 */
export const ec2NetworkAclAssociated = defineCheck({
  id: 'ec2-network-acl-associated',
  title: 'Unused network ACLs are removed',
  service: 'ec2',
  severity: 'low',
  scope: 'regional',
  requires: ['ec2.networkAcls'],
  compliance: { 'aws-fsbp': ['EC2.16'] },
  remediation: {
    text: 'Delete network ACLs that no subnet uses, after checking nobody intends to attach them.',
    cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  evaluate(ctx) {
    const custom = ctx.slice('ec2.networkAcls').filter((acl) => !acl.isDefault);
    if (custom.length === 0)
      return [pass(ctx.scopeResource, `No non-default network ACLs in ${ctx.region}.`)];
    return custom.map((acl) => {
      const evidence = { vpcId: acl.vpcId, associatedSubnetIds: acl.associatedSubnetIds };
      return acl.associatedSubnetIds.length > 0
        ? pass(
            networkAclResource(acl),
            `Network ACL ${acl.id} is associated with ${acl.associatedSubnetIds.length} subnet(s).`,
            evidence,
          )
        : fail(networkAclResource(acl), `Network ACL ${acl.id} is associated with no subnet.`, evidence);
    });
  },
});
