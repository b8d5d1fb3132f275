import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { groupResource } from './autoscaling-resources.js';

/**
 * FSBP AutoScaling.6: every Auto Scaling group can launch more than one instance type (a mixed instances
 * policy naming several types, or selecting them by attributes), so a shortage of one type in a zone does
 * not stop it from scaling.
 */
export const autoscalingGroupMultipleInstanceTypes = defineCheck({
  id: 'autoscaling-group-multiple-instance-types',
  title: 'Auto Scaling groups use several instance types',
  service: 'autoscaling',
  severity: 'medium',
  scope: 'regional',
  requires: ['autoscaling.groups'],
  compliance: { 'aws-fsbp': ['AutoScaling.6'] },
  remediation: {
    text: 'Give the group a mixed instances policy that lists several suitable instance types, or selects them by vCPU and memory requirements.',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('autoscaling.groups');
    if (groups.length === 0) return [pass(ctx.scopeResource, `No Auto Scaling groups in ${ctx.region}.`)];
    return groups.map((group) => {
      const evidence = {
        instanceTypes: group.overrideInstanceTypes,
        attributeBasedInstanceTypes: group.attributeBasedInstanceTypes,
      };
      if (group.attributeBasedInstanceTypes) {
        return pass(
          groupResource(group),
          `Auto Scaling group ${group.name} selects instance types by attributes.`,
          evidence,
        );
      }
      return group.overrideInstanceTypes.length > 1
        ? pass(
            groupResource(group),
            `Auto Scaling group ${group.name} uses ${group.overrideInstanceTypes.length} instance types.`,
            evidence,
          )
        : fail(
            groupResource(group),
            `Auto Scaling group ${group.name} launches a single instance type.`,
            evidence,
          );
    });
  },
});
