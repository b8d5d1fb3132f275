import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeLoadBalancers } from './load-balancer-results.js';

const MIN_AVAILABILITY_ZONES = 2;
/**
 * FSBP ELB.13: every Application, Network and Gateway Load Balancer is enabled in at least two
 * Availability Zones (the control's default minAvailabilityZones).
 */
export const elbv2LoadBalancerMultiAz = defineCheck({
  id: 'elbv2-load-balancer-multi-az',
  title: 'Application, Network and Gateway Load Balancers span at least two Availability Zones',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.13'] },
  remediation: {
    text: 'Add a subnet in a second Availability Zone to the load balancer.',
    cli: 'aws elbv2 set-subnets --load-balancer-arn <arn> --subnets <subnet in zone a> <subnet in zone b>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html',
  },
  evaluate(ctx) {
    return judgeLoadBalancers(
      ctx,
      ['application', 'network', 'gateway'],
      'Application, Network or Gateway Load Balancer',
      (loadBalancer, resource, label) => {
        const zones = loadBalancer.availabilityZones;
        return zones >= MIN_AVAILABILITY_ZONES
          ? pass(resource, `${label} spans ${zones} Availability Zones.`, { zones })
          : fail(resource, `${label} is in ${zones} Availability Zone${zones === 1 ? '' : 's'} only.`, {
              zones,
            });
      },
    );
  },
});
