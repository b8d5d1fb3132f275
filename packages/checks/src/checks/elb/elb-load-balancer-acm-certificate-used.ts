import { isSecureElbListener } from '../../inventory/elb.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeClassicLoadBalancers } from './classic-load-balancer-results.js';

/** arn:<partition>:acm:<region>:<account>:certificate/<id> */
const ACM_CERTIFICATE = /^arn:[^:]+:acm:/;
/**
 * FSBP ELB.2: every HTTPS or SSL listener of a Classic Load Balancer presents a certificate managed by AWS
 * Certificate Manager (an acm ARN), not an IAM server certificate. Load balancers without such listeners
 * are not evaluated.
 */
export const elbLoadBalancerAcmCertificateUsed = defineCheck({
  id: 'elb-load-balancer-acm-certificate-used',
  title: 'Classic Load Balancers with HTTPS/SSL listeners use certificates from ACM',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.2'] },
  remediation: {
    text: 'Request or import the certificate in ACM and set it on the listener.',
    cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name <name> --load-balancer-port 443 --ssl-certificate-id <acm certificate arn>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-update-ssl-cert.html',
  },
  evaluate(ctx) {
    return judgeClassicLoadBalancers(
      ctx,
      'Classic Load Balancer with an HTTPS or SSL listener',
      (loadBalancer, resource) => {
        const secure = loadBalancer.listeners.filter(isSecureElbListener);
        if (secure.length === 0) return null;
        const other = secure.filter((listener) => !ACM_CERTIFICATE.test(listener.certificateArn ?? ''));
        return other.length === 0
          ? pass(resource, `Classic Load Balancer ${loadBalancer.name} uses ACM certificates.`)
          : fail(
              resource,
              `Classic Load Balancer ${loadBalancer.name} uses a certificate not managed by ACM on port ${other.map((listener) => listener.port).join(', ')}.`,
              {
                certificates: other.map((listener) => listener.certificateArn ?? '(none)'),
              },
            );
      },
    );
  },
});
