import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { instanceResource } from '../ec2/ec2-resources.js';

/** AWS judges running and stopped instances; pending and stopping ones are on their way to either. */
const JUDGED_STATES = new Set(['running', 'stopped']);

/**
 * FSBP SSM.1: every running or stopped EC2 instance is managed by Systems Manager (its SSM Agent registered
 * it: DescribeInstanceInformation lists it), so it can be patched, inventoried and reached without SSH.
 */
export const ssmInstanceManaged = defineCheck({
  id: 'ssm-instance-managed',
  title: 'EC2 instances are managed by AWS Systems Manager',
  service: 'ssm',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.instances', 'ssm.managedInstances'],
  compliance: { 'aws-fsbp': ['SSM.1'] },
  remediation: {
    text: 'Run the SSM Agent on the instance and let it reach Systems Manager: an instance profile with AmazonSSMManagedInstanceCore (or Default Host Management Configuration), and a route or VPC endpoints to the SSM endpoints.',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/managed_instances.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances').filter((instance) => JUDGED_STATES.has(instance.state));
    const managed = new Set(ctx.slice('ssm.managedInstances').map((node) => node.instanceId));
    if (instances.length === 0)
      return [pass(ctx.scopeResource, `No running or stopped EC2 instances in ${ctx.region}.`)];
    return instances.map((instance) => {
      const evidence = { state: instance.state, managed: managed.has(instance.id) };
      return managed.has(instance.id)
        ? pass(instanceResource(instance), `Instance ${instance.id} is managed by Systems Manager.`, evidence)
        : fail(
            instanceResource(instance),
            `Instance ${instance.id} (${instance.state}) is not managed by Systems Manager.`,
            evidence,
          );
    });
  },
});
