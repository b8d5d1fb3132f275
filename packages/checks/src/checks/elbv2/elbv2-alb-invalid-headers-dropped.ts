import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeAttributes } from './load-balancer-results.js';

/**
 * FSBP ELB.4: the Application Load Balancer attribute routing.http.drop_invalid_header_fields.enabled is
 * true, so header names that are not valid HTTP are removed before they reach the targets.
 */
export const elbv2AlbInvalidHeadersDropped = defineCheck({
  id: 'elbv2-alb-invalid-headers-dropped',
  title: 'Application Load Balancers drop invalid HTTP headers',
  service: 'elbv2',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.4'] },
  remediation: {
    text: 'Turn on "Drop invalid header fields" in the load balancer attributes.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
  },
  evaluate(ctx) {
    return judgeAttributes(
      ctx,
      ['application'],
      'Application Load Balancer',
      (attributes, resource, label) =>
        attributes.dropInvalidHeaderFields
          ? pass(resource, `${label} drops invalid HTTP header fields.`)
          : fail(resource, `${label} forwards invalid HTTP header fields to its targets.`),
    );
  },
});
