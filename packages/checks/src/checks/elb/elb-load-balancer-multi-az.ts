import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicLoadBalancers } from './classic-load-balancer-results.js';

const MIN_AVAILABILITY_ZONES = 2;
/**
 * FSBP ELB.10: every Classic Load Balancer is configured in at least two Availability Zones (the
 * control's default minAvailabilityZones).
 */
export const elbLoadBalancerMultiAz = defineCheck({
  id: 'elb-load-balancer-multi-az',
  title: 'Classic Load Balancers span at least two Availability Zones',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.10'] },
  remediation: {
    text: 'Enable a second Availability Zone (or attach a subnet of one, in a VPC) for the load balancer.',
    cli: 'aws elb attach-load-balancer-to-subnets --load-balancer-name <name> --subnets <subnet in another zone>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-az.html',
  },
  evaluate(ctx) {
    return judgeClassicLoadBalancers(ctx, 'Classic Load Balancer', (loadBalancer, resource) => {
      const zones = loadBalancer.availabilityZones;
      return zones >= MIN_AVAILABILITY_ZONES
        ? pass(resource, `Classic Load Balancer ${loadBalancer.name} spans ${zones} Availability Zones.`, {
            zones,
          })
        : fail(
            resource,
            `Classic Load Balancer ${loadBalancer.name} is in ${zones} Availability Zone${zones === 1 ? '' : 's'} only.`,
            { zones },
          );
    });
  },
});
