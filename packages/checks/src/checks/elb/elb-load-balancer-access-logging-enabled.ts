import { type ReadResult, unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';
import { loadBalancerLabel, loadBalancerResource } from '../elbv2/load-balancer-results.js';
import { classicLoadBalancerResource } from './classic-load-balancer-results.js';

/**
 * FSBP ELB.5: access logging is on for every Application Load Balancer (access_logs.s3.enabled) and every
 * Classic Load Balancer (AccessLog.Enabled). Network and Gateway Load Balancers are not evaluated.
 */
export const elbLoadBalancerAccessLoggingEnabled = defineCheck({
  id: 'elb-load-balancer-access-logging-enabled',
  title: 'Application and Classic Load Balancers have access logging enabled',
  service: 'elb',
  severity: 'medium',
  scope: 'regional',
  requires: ['elbv2.loadBalancers', 'elb.loadBalancers'],
  compliance: { 'aws-fsbp': ['ELB.5'] },
  remediation: {
    text: 'Turn on access logs in the load balancer attributes, delivered to an S3 bucket the load balancer may write to.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  },
  evaluate(ctx) {
    const results: CheckResult[] = [];
    const judge = (
      resource: ResourceRef,
      label: string,
      attributes: ReadResult<{ readonly accessLogs: boolean }>,
    ): CheckResult =>
      !attributes.ok
        ? unreadableField(resource, attributes, `the attributes of ${label}`)
        : attributes.value.accessLogs
          ? pass(resource, `${label} writes access logs.`)
          : fail(resource, `${label} has access logging off.`);
    for (const loadBalancer of ctx.slice('elbv2.loadBalancers')) {
      if (loadBalancer.type !== 'application') continue;
      results.push(
        judge(loadBalancerResource(loadBalancer), loadBalancerLabel(loadBalancer), loadBalancer.attributes),
      );
    }
    for (const loadBalancer of ctx.slice('elb.loadBalancers')) {
      results.push(
        judge(
          classicLoadBalancerResource(loadBalancer),
          `Classic Load Balancer ${loadBalancer.name}`,
          loadBalancer.attributes,
        ),
      );
    }
    return results.length > 0
      ? results
      : [pass(ctx.scopeResource, `No Application or Classic Load Balancer in ${ctx.region}.`)];
  },
});
