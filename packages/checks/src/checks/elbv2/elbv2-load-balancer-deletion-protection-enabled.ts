import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeAttributes } from './load-balancer-results.js';

/**
 * FSBP ELB.6: the attribute deletion_protection.enabled is true on every Application, Network and Gateway
 * Load Balancer.
 */
export const elbv2LoadBalancerDeletionProtectionEnabled = defineCheck({
  id: 'elbv2-load-balancer-deletion-protection-enabled',
  title: 'Application, Network and Gateway Load Balancers have deletion protection enabled',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.6'] },
  remediation: {
    text: 'Turn on deletion protection in the load balancer attributes.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection',
  },
  evaluate(ctx) {
    return judgeAttributes(
      ctx,
      ['application', 'network', 'gateway'],
      'Application, Network or Gateway Load Balancer',
      (attributes, resource, label) =>
        attributes.deletionProtection
          ? pass(resource, `${label} has deletion protection enabled.`)
          : fail(resource, `${label} can be deleted without first turning off deletion protection.`),
    );
  },
});
