import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { subnetResource } from './ec2-resources.js';

/**
 * FSBP EC2.15: no subnet assigns public addresses automatically: neither a public IPv4 address to each
 * instance launched in it (MapPublicIpOnLaunch) nor an IPv6 address to each interface created in it
 * (AssignIpv6AddressOnCreation). The default VPC's default subnets do both for IPv4 as AWS creates them.
 */
export const ec2SubnetPublicIpAutoAssignDisabled = defineCheck({
  id: 'ec2-subnet-public-ip-auto-assign-disabled',
  title: 'Subnets do not assign public IP addresses automatically',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.subnets'],
  compliance: { 'aws-fsbp': ['EC2.15'] },
  remediation: {
    text: 'Turn off automatic public IPv4 (and IPv6) addressing on the subnet; give a public address only to the instances that must have one, or place them behind a load balancer.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch && aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-assign-ipv6-address-on-creation',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html',
  },
  evaluate(ctx) {
    const subnets = ctx.slice('ec2.subnets');
    if (subnets.length === 0) return [pass(ctx.scopeResource, `No subnets in ${ctx.region}.`)];
    return subnets.map((subnet) => {
      const assigned = [
        ...(subnet.mapPublicIpOnLaunch ? ['a public IPv4 address on launch'] : []),
        ...(subnet.assignIpv6AddressOnCreation ? ['an IPv6 address on interface creation'] : []),
      ];
      const evidence = {
        vpcId: subnet.vpcId,
        defaultForAz: subnet.defaultForAz,
        mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
        assignIpv6AddressOnCreation: subnet.assignIpv6AddressOnCreation,
      };
      return assigned.length > 0
        ? fail(subnetResource(subnet), `Subnet ${subnet.id} assigns ${assigned.join(' and ')}.`, evidence)
        : pass(
            subnetResource(subnet),
            `Subnet ${subnet.id} assigns no public address automatically.`,
            evidence,
          );
    });
  },
});
