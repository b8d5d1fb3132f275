import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/**
 * FSBP EC2.24: no instance uses paravirtual (PV) virtualization. PV instance types are previous-generation
 * and lack the HVM security and performance features; AWS judges the instance's VirtualizationType.
 */
export const ec2InstanceParavirtualNotUsed = defineCheck({
  id: 'ec2-instance-paravirtual-not-used',
  title: 'EC2 instances do not use paravirtual virtualization',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.instances'],
  compliance: { 'aws-fsbp': ['EC2.24'] },
  remediation: {
    text: 'Move the workload to an HVM AMI and a current-generation instance type, then terminate the paravirtual instance.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`)];
    return instances.map((instance) => {
      const evidence = { virtualizationType: instance.virtualizationType };
      return instance.virtualizationType === 'paravirtual'
        ? fail(
            instanceResource(instance),
            `Instance ${instance.id} uses paravirtual virtualization.`,
            evidence,
          )
        : pass(
            instanceResource(instance),
            `Instance ${instance.id} uses ${instance.virtualizationType ?? 'unreported'} virtualization, not paravirtual.`,
            evidence,
          );
    });
  },
});
