import { isSecureElbListener } from '../../inventory/elb.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicLoadBalancers } from './classic-load-balancer-results.js';

/**
 * FSBP ELB.3: every front-end listener of a Classic Load Balancer is HTTPS or SSL. Load balancers
 * without listeners are not evaluated.
 */
export const elbLoadBalancerListenersEncrypted = defineCheck({
  id: 'elb-load-balancer-listeners-encrypted',
  title: 'Classic Load Balancer listeners use HTTPS or SSL termination',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.3'] },
  remediation: {
    text: 'Replace HTTP and TCP listeners by HTTPS or SSL listeners with an ACM certificate.',
    cli: 'aws elb create-load-balancer-listeners --load-balancer-name <name> --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=<acm arn>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html',
  },
  evaluate(ctx) {
    return judgeClassicLoadBalancers(
      ctx,
      'Classic Load Balancer with a listener',
      (loadBalancer, resource) => {
        if (loadBalancer.listeners.length === 0) return null;
        const plain = loadBalancer.listeners.filter((listener) => !isSecureElbListener(listener));
        return plain.length === 0
          ? pass(resource, `Classic Load Balancer ${loadBalancer.name} terminates TLS on every listener.`)
          : fail(
              resource,
              `Classic Load Balancer ${loadBalancer.name} has unencrypted listeners: ${plain.map((listener) => `${listener.protocol} ${listener.port}`).join(', ')}.`,
              {
                listeners: plain.map((listener) => `${listener.protocol}:${listener.port}`),
              },
            );
      },
    );
  },
});
