import { isSecureElbListener } from '../../inventory/elb.js';
import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicLoadBalancers } from './classic-load-balancer-results.js';

const REQUIRED_POLICY = 'ELBSecurityPolicy-TLS-1-2-2017-01';
/**
 * FSBP ELB.8: the SSL negotiation policy of every HTTPS or SSL listener of a Classic Load Balancer
 * references the predefined ELBSecurityPolicy-TLS-1-2-2017-01 (the control's fixed parameter). Load
 * balancers without such listeners are not evaluated.
 */
export const elbLoadBalancerTlsPolicyPredefined = defineCheck({
  id: 'elb-load-balancer-tls-policy-predefined',
  title:
    'Classic Load Balancers with SSL listeners use the predefined policy ELBSecurityPolicy-TLS-1-2-2017-01',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.8'] },
  remediation: {
    text: 'Create an SSL negotiation policy from ELBSecurityPolicy-TLS-1-2-2017-01 and set it on the HTTPS/SSL listeners.',
    cli: 'aws elb create-load-balancer-policy --load-balancer-name <name> --policy-name tls-1-2 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  },
  evaluate(ctx) {
    return judgeClassicLoadBalancers(
      ctx,
      'Classic Load Balancer with an HTTPS or SSL listener',
      (loadBalancer, resource) => {
        const secure = loadBalancer.listeners.filter(isSecureElbListener);
        if (secure.length === 0) return null;
        const policies = loadBalancer.sslNegotiationPolicies;
        if (policies === null) {
          return unreadableField(
            resource,
            { code: 'NotCollected', operation: 'elb:DescribeLoadBalancerPolicies' },
            `the SSL policies of Classic Load Balancer ${loadBalancer.name}`,
          );
        }
        if (!policies.ok) {
          return unreadableField(
            resource,
            policies,
            `the SSL policies of Classic Load Balancer ${loadBalancer.name}`,
          );
        }
        const reference = new Map(
          policies.value.map((policy) => [policy.name, policy.referenceSecurityPolicy]),
        );
        const weak = secure.filter(
          (listener) => !listener.policyNames.some((name) => reference.get(name) === REQUIRED_POLICY),
        );
        return weak.length === 0
          ? pass(
              resource,
              `Classic Load Balancer ${loadBalancer.name} negotiates TLS with ${REQUIRED_POLICY}.`,
            )
          : fail(
              resource,
              `Classic Load Balancer ${loadBalancer.name} does not use ${REQUIRED_POLICY} on port ${weak.map((listener) => listener.port).join(', ')}.`,
              {
                policies: weak.flatMap((listener) =>
                  listener.policyNames.map((name) => reference.get(name) ?? name),
                ),
              },
            );
      },
    );
  },
});
