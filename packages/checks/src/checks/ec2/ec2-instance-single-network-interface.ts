import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/**
 * FSBP EC2.17: no instance has more than one network interface (Elastic Fabric Adapters count, EKS worker
 * nodes are not excepted): each extra interface is another path into other subnets to keep track of.
 */
export const ec2InstanceSingleNetworkInterface = defineCheck({
  id: 'ec2-instance-single-network-interface',
  title: 'EC2 instances use a single network interface',
  service: 'ec2',
  severity: 'low',
  scope: 'regional',
  requires: ['ec2.instances'],
  compliance: { 'aws-fsbp': ['EC2.17'] },
  remediation: {
    text: 'Detach the secondary network interfaces an instance does not need; where several are intended (appliances, EKS nodes), document the exception.',
    cli: 'aws ec2 detach-network-interface --attachment-id <eni-attachment-id>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`)];
    return instances.map((instance) => {
      const count = instance.networkInterfaceCount;
      const evidence = { networkInterfaces: count };
      return count > 1
        ? fail(
            instanceResource(instance),
            `Instance ${instance.id} has ${count} network interfaces attached.`,
            evidence,
          )
        : pass(
            instanceResource(instance),
            `Instance ${instance.id} has ${count} network interface(s) attached.`,
            evidence,
          );
    });
  },
});
