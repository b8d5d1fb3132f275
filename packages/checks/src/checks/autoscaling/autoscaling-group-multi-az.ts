import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { groupResource } from './autoscaling-resources.js';

/** AWS's default minAvailabilityZones for AutoScaling.2. */
const MIN_AVAILABILITY_ZONES = 2;

/** FSBP AutoScaling.2: every Auto Scaling group spans at least two Availability Zones. */
export const autoscalingGroupMultiAz = defineCheck({
  id: 'autoscaling-group-multi-az',
  title: 'Auto Scaling groups span several Availability Zones',
  service: 'autoscaling',
  severity: 'medium',
  scope: 'regional',
  requires: ['autoscaling.groups'],
  compliance: { 'aws-fsbp': ['AutoScaling.2'] },
  remediation: {
    text: 'Add subnets in at least one more Availability Zone to the group, so losing a zone does not stop the workload.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --vpc-zone-identifier <subnet-a>,<subnet-b>',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-az-console.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('autoscaling.groups');
    if (groups.length === 0) return [pass(ctx.scopeResource, `No Auto Scaling groups in ${ctx.region}.`)];
    return groups.map((group) => {
      const zones = group.availabilityZones;
      const evidence = { availabilityZones: zones, minAvailabilityZones: MIN_AVAILABILITY_ZONES };
      return zones.length >= MIN_AVAILABILITY_ZONES
        ? pass(
            groupResource(group),
            `Auto Scaling group ${group.name} spans ${zones.length} Availability Zones.`,
            evidence,
          )
        : fail(
            groupResource(group),
            `Auto Scaling group ${group.name} spans ${zones.length} Availability Zone(s), fewer than ${MIN_AVAILABILITY_ZONES}.`,
            evidence,
          );
    });
  },
});
