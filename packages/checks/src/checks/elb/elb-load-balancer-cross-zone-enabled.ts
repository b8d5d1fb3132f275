import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicAttributes } from './classic-load-balancer-results.js';

/**
 * FSBP ELB.9: the CrossZoneLoadBalancing attribute of every Classic Load Balancer is enabled, so traffic
 * is spread over the instances of all its Availability Zones.
 */
export const elbLoadBalancerCrossZoneEnabled = defineCheck({
  id: 'elb-load-balancer-cross-zone-enabled',
  title: 'Classic Load Balancers have cross-zone load balancing enabled',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.9'] },
  remediation: {
    text: 'Enable cross-zone load balancing in the load balancer attributes.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html',
  },
  evaluate(ctx) {
    return judgeClassicAttributes(ctx, (attributes, resource, name) =>
      attributes.crossZoneLoadBalancing
        ? pass(resource, `Classic Load Balancer ${name} balances across zones.`)
        : fail(resource, `Classic Load Balancer ${name} has cross-zone load balancing disabled.`),
    );
  },
});
