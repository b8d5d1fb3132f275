import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeListeners, loadBalancerLabel } from './load-balancer-results.js';

/** The control's fixed sslPolicies parameter. */
const RECOMMENDED_POLICIES: readonly string[] = [
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];
/**
 * FSBP ELB.17: every HTTPS listener (Application Load Balancer) and TLS listener (Network Load Balancer)
 * uses one of AWS's recommended TLS 1.3 security policies. Other listeners are not evaluated.
 */
export const elbv2ListenerTlsPolicyRecommended = defineCheck({
  id: 'elbv2-listener-tls-policy-recommended',
  title:
    'HTTPS and TLS listeners of Application and Network Load Balancers use a recommended security policy',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.17'] },
  remediation: {
    text: 'Set the security policy of the listener to ELBSecurityPolicy-TLS13-1-2-Res-2021-06 or another recommended policy.',
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  },
  evaluate(ctx) {
    return judgeListeners(
      ctx,
      ['application', 'network'],
      'HTTPS or TLS listener',
      (listener, loadBalancer, resource) => {
        if (listener.protocol !== 'HTTPS' && listener.protocol !== 'TLS') return null;
        const where = `${loadBalancerLabel(loadBalancer)} ${listener.protocol} listener on port ${listener.port}`;
        const policy = listener.sslPolicy;
        return policy !== null && RECOMMENDED_POLICIES.includes(policy)
          ? pass(resource, `${where} uses the recommended policy ${policy}.`)
          : fail(resource, `${where} uses ${policy ?? 'no security policy'}, not a recommended one.`, {
              sslPolicy: policy,
            });
      },
    );
  },
});
