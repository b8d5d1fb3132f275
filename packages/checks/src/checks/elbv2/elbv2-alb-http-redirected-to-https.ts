import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeLoadBalancers } from './load-balancer-results.js';

/**
 * FSBP ELB.1: every HTTP listener of an Application Load Balancer redirects to HTTPS in all its rules,
 * the default rule included. An ALB without an HTTP listener passes; other load balancer types are not
 * evaluated.
 */
export const elbv2AlbHttpRedirectedToHttps = defineCheck({
  id: 'elbv2-alb-http-redirected-to-https',
  title: 'Application Load Balancers redirect HTTP requests to HTTPS',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.1'] },
  remediation: {
    text: 'Make the default action of each HTTP listener (and every rule) a redirect to HTTPS on port 443.',
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
  },
  evaluate(ctx) {
    return judgeLoadBalancers(
      ctx,
      ['application'],
      'Application Load Balancer',
      (loadBalancer, resource, label) => {
        if (!loadBalancer.listeners.ok) {
          return unreadableField(resource, loadBalancer.listeners, `the listeners of ${label}`);
        }
        const http = loadBalancer.listeners.value.filter((listener) => listener.protocol === 'HTTP');
        const unreadable = http.find((listener) => listener.redirectsToHttps?.ok === false);
        if (unreadable?.redirectsToHttps && !unreadable.redirectsToHttps.ok) {
          return unreadableField(
            resource,
            unreadable.redirectsToHttps,
            `the rules of ${label} port ${unreadable.port}`,
          );
        }
        const plain = http.filter(
          (listener) => !(listener.redirectsToHttps?.ok && listener.redirectsToHttps.value),
        );
        if (http.length === 0) return pass(resource, `${label} has no HTTP listener.`);
        return plain.length === 0
          ? pass(resource, `${label} redirects every HTTP request to HTTPS.`)
          : fail(
              resource,
              `${label} serves plain HTTP on port ${plain.map((listener) => listener.port).join(', ')} without redirecting to HTTPS.`,
              {
                ports: plain.map((listener) => String(listener.port)),
              },
            );
      },
    );
  },
});
