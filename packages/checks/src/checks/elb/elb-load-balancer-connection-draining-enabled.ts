import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicAttributes } from './classic-load-balancer-results.js';

/**
 * FSBP ELB.7: the ConnectionDraining attribute of every Classic Load Balancer is enabled, so requests in
 * flight complete when an instance is deregistered or unhealthy.
 */
export const elbLoadBalancerConnectionDrainingEnabled = defineCheck({
  id: 'elb-load-balancer-connection-draining-enabled',
  title: 'Classic Load Balancers have connection draining enabled',
  service: 'elb',
  severity: 'low',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.7'] },
  remediation: {
    text: 'Enable connection draining in the load balancer attributes (300 seconds by default).',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"ConnectionDraining\\":{\\"Enabled\\":true,\\"Timeout\\":300}}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
  },
  evaluate(ctx) {
    return judgeClassicAttributes(ctx, (attributes, resource, name) =>
      attributes.connectionDraining
        ? pass(resource, `Classic Load Balancer ${name} drains connections.`)
        : fail(resource, `Classic Load Balancer ${name} has connection draining disabled.`),
    );
  },
});
