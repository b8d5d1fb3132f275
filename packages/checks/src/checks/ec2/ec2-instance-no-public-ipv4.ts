import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/** FSBP EC2.9: no instance has a public IPv4 address (IPv6 addresses are not evaluated, as by AWS). */
export const ec2InstanceNoPublicIpv4 = defineCheck({
  id: 'ec2-instance-no-public-ipv4',
  title: 'EC2 instances have no public IPv4 address',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.instances'],
  compliance: { 'aws-fsbp': ['EC2.9'] },
  remediation: {
    text: 'Reach instances through a load balancer, NAT gateway or Session Manager instead of a public address: launch them into subnets that do not assign public IPv4 addresses and disassociate Elastic IP addresses.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`)];
    return instances.map((instance) => {
      const evidence = { publicIpAddress: instance.publicIpAddress };
      return instance.publicIpAddress === null
        ? pass(instanceResource(instance), `Instance ${instance.id} has no public IPv4 address.`, evidence)
        : fail(
            instanceResource(instance),
            `Instance ${instance.id} has the public IPv4 address ${instance.publicIpAddress}.`,
            evidence,
          );
    });
  },
});
