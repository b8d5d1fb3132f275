import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * The interface types the user manages, which AWS judges for EC2.180; AWS-managed ones (NAT gateways,
 * load balancers, VPC endpoints, ...) turn the check off by design and are not judged.
 */
const USER_MANAGED_TYPES = new Set([
  'aws_codestar_connections_managed',
  'branch',
  'efa',
  'interface',
  'lambda',
  'quicksight',
]);

/**
 * FSBP EC2.180: every user-managed network interface keeps source/destination checking on, so an instance
 * cannot forward or spoof traffic for others unless it is meant to route (a NAT or firewall instance).
 */
export const ec2NetworkInterfaceSourceDestCheckEnabled = defineCheck({
  id: 'ec2-network-interface-source-dest-check-enabled',
  title: 'Network interfaces have source/destination checking enabled',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.networkInterfaces'],
  compliance: { 'aws-fsbp': ['EC2.180'] },
  remediation: {
    text: 'Turn source/destination checking back on for the interface unless its instance routes traffic by design (NAT, firewall, VPN appliance); replace NAT instances with NAT gateways.',
    cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni-id> --source-dest-check',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_NAT_Instance.html#EIP_Disable_SrcDestCheck',
  },
  evaluate(ctx) {
    const interfaces = ctx
      .slice('ec2.networkInterfaces')
      .filter((eni) => USER_MANAGED_TYPES.has(eni.interfaceType));
    if (interfaces.length === 0) {
      return [pass(ctx.scopeResource, `No user-managed network interfaces in ${ctx.region}.`)];
    }
    return interfaces.map((eni) => {
      const resource = { id: eni.arn, type: 'AwsEc2NetworkInterface' };
      const evidence = { interfaceType: eni.interfaceType, instanceId: eni.instanceId };
      const where = eni.instanceId ? ` (attached to ${eni.instanceId})` : '';
      return eni.sourceDestCheck
        ? pass(resource, `Network interface ${eni.id}${where} checks source and destination.`, evidence)
        : fail(
            resource,
            `Network interface ${eni.id}${where} has source/destination checking off.`,
            evidence,
          );
    });
  },
});
