import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { groupResource } from './autoscaling-resources.js';

/**
 * FSBP AutoScaling.1: an Auto Scaling group behind a load balancer (Classic Load Balancer, target group or
 * ELB traffic source) uses the load balancer's health checks, so an instance the load balancer finds
 * unhealthy is replaced. Groups behind no load balancer are not judged, as by AWS.
 */
export const autoscalingGroupElbHealthCheckEnabled = defineCheck({
  id: 'autoscaling-group-elb-health-check-enabled',
  title: 'Auto Scaling groups behind a load balancer use ELB health checks',
  service: 'autoscaling',
  severity: 'low',
  scope: 'regional',
  requires: ['autoscaling.groups'],
  compliance: { 'aws-fsbp': ['AutoScaling.1'] },
  remediation: {
    text: 'Turn on Elastic Load Balancing health checks for the group (health check type ELB) with a grace period long enough for instances to start.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --health-check-type ELB --health-check-grace-period 300',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html',
  },
  evaluate(ctx) {
    const balanced = ctx.slice('autoscaling.groups').filter((group) => group.loadBalanced);
    if (balanced.length === 0) {
      return [pass(ctx.scopeResource, `No Auto Scaling groups behind a load balancer in ${ctx.region}.`)];
    }
    return balanced.map((group) => {
      const usesElb = group.healthCheckType.split(',').some((type) => type.trim() === 'ELB');
      const evidence = { healthCheckType: group.healthCheckType };
      return usesElb
        ? pass(groupResource(group), `Auto Scaling group ${group.name} uses ELB health checks.`, evidence)
        : fail(
            groupResource(group),
            `Auto Scaling group ${group.name} is behind a load balancer but checks health with ${group.healthCheckType} only.`,
            evidence,
          );
    });
  },
});
