import type { ElbAttributes, ElbLoadBalancer } from '../../inventory/elb.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function classicLoadBalancerResource(loadBalancer: ElbLoadBalancer): ResourceRef {
  return { id: loadBalancer.arn, type: 'AwsElbLoadBalancer' };
}

/**
 * Judges each Classic Load Balancer of the region (null: not evaluated); with nothing judged, one PASS on
 * the region says what there was none of.
 */
export function judgeClassicLoadBalancers(
  ctx: EvaluationContext,
  evaluated: string,
  decide: (loadBalancer: ElbLoadBalancer, resource: ResourceRef) => CheckResult | null,
): CheckResult[] {
  const results: CheckResult[] = [];
  for (const loadBalancer of ctx.slice('elb.loadBalancers')) {
    const result = decide(loadBalancer, classicLoadBalancerResource(loadBalancer));
    if (result) results.push(result);
  }
  return results.length > 0 ? results : [pass(ctx.scopeResource, `No ${evaluated} in ${ctx.region}.`)];
}

/** Judges each Classic Load Balancer by its attributes; unreadable attributes are its ERROR. */
export function judgeClassicAttributes(
  ctx: EvaluationContext,
  decide: (attributes: ElbAttributes, resource: ResourceRef, name: string) => CheckResult,
): CheckResult[] {
  return judgeClassicLoadBalancers(ctx, 'Classic Load Balancer', (loadBalancer, resource) =>
    loadBalancer.attributes.ok
      ? decide(loadBalancer.attributes.value, resource, loadBalancer.name)
      : unreadableField(
          resource,
          loadBalancer.attributes,
          `the attributes of Classic Load Balancer ${loadBalancer.name}`,
        ),
  );
}
