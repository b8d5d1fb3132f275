import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeListeners, loadBalancerLabel } from './load-balancer-results.js';

const ENCRYPTED_PROTOCOL: Readonly<Record<string, string>> = { application: 'HTTPS', network: 'TLS' };
/**
 * FSBP ELB.18: every listener of an Application Load Balancer is HTTPS and every listener of a Network
 * Load Balancer is TLS. An HTTP listener that only redirects to HTTPS still fails, as AWS evaluates it.
 */
export const elbv2ListenerEncrypted = defineCheck({
  id: 'elbv2-listener-encrypted',
  title: 'Application and Network Load Balancer listeners encrypt data in transit',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.18'] },
  remediation: {
    text: 'Replace plain listeners by HTTPS (ALB) or TLS (NLB) listeners with a certificate from ACM.',
    cli: 'aws elbv2 create-listener --load-balancer-arn <arn> --protocol HTTPS --port 443 --certificates CertificateArn=<acm arn> --default-actions <actions>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html',
  },
  evaluate(ctx) {
    return judgeListeners(
      ctx,
      ['application', 'network'],
      'Application or Network Load Balancer listener',
      (listener, loadBalancer, resource) => {
        const expected = ENCRYPTED_PROTOCOL[loadBalancer.type];
        const where = `${loadBalancerLabel(loadBalancer)} listener on port ${listener.port}`;
        return listener.protocol === expected
          ? pass(resource, `${where} encrypts traffic with ${expected}.`)
          : fail(resource, `${where} uses ${listener.protocol ?? 'no protocol'}, not ${expected}.`, {
              protocol: listener.protocol,
            });
      },
    );
  },
});
