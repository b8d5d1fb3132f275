import type { Elbv2Attributes, Elbv2Listener, Elbv2LoadBalancer } from '../../inventory/elbv2.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  application: 'Application Load Balancer',
  network: 'Network Load Balancer',
  gateway: 'Gateway Load Balancer',
};

export function loadBalancerResource(loadBalancer: Elbv2LoadBalancer): ResourceRef {
  return { id: loadBalancer.arn, type: 'AwsElbv2LoadBalancer' };
}

/** "Application Load Balancer web" */
export function loadBalancerLabel(loadBalancer: Elbv2LoadBalancer): string {
  return `${TYPE_NAMES[loadBalancer.type] ?? 'Load balancer'} ${loadBalancer.name}`;
}

/** With nothing judged, one PASS on the region says what there was none of. */
function orNone(ctx: EvaluationContext, results: CheckResult[], evaluated: string): CheckResult[] {
  return results.length > 0 ? results : [pass(ctx.scopeResource, `No ${evaluated} in ${ctx.region}.`)];
}

/**
 * Judges the load balancers of the given types by their attributes; an unreadable attribute set is that
 * load balancer's ERROR.
 */
export function judgeAttributes(
  ctx: EvaluationContext,
  types: readonly string[],
  evaluated: string,
  decide: (attributes: Elbv2Attributes, resource: ResourceRef, label: string) => CheckResult,
): CheckResult[] {
  const results: CheckResult[] = [];
  for (const loadBalancer of ctx.slice('elbv2.loadBalancers')) {
    if (!types.includes(loadBalancer.type)) continue;
    const resource = loadBalancerResource(loadBalancer);
    const label = loadBalancerLabel(loadBalancer);
    results.push(
      loadBalancer.attributes.ok
        ? decide(loadBalancer.attributes.value, resource, label)
        : unreadableField(resource, loadBalancer.attributes, `the attributes of ${label}`),
    );
  }
  return orNone(ctx, results, evaluated);
}

/**
 * Judges each listener of the load balancers of the given types (null: not evaluated); listeners that
 * cannot be listed are the load balancer's ERROR.
 */
export function judgeListeners(
  ctx: EvaluationContext,
  types: readonly string[],
  evaluated: string,
  decide: (
    listener: Elbv2Listener,
    loadBalancer: Elbv2LoadBalancer,
    resource: ResourceRef,
  ) => CheckResult | null,
): CheckResult[] {
  const results: CheckResult[] = [];
  for (const loadBalancer of ctx.slice('elbv2.loadBalancers')) {
    if (!types.includes(loadBalancer.type)) continue;
    if (!loadBalancer.listeners.ok) {
      results.push(
        unreadableField(
          loadBalancerResource(loadBalancer),
          loadBalancer.listeners,
          `the listeners of ${loadBalancerLabel(loadBalancer)}`,
        ),
      );
      continue;
    }
    for (const listener of loadBalancer.listeners.value) {
      const result = decide(listener, loadBalancer, { id: listener.arn, type: 'AwsElbv2Listener' });
      if (result) results.push(result);
    }
  }
  return orNone(ctx, results, evaluated);
}

/** Judges each load balancer of the given types as a whole. */
export function judgeLoadBalancers(
  ctx: EvaluationContext,
  types: readonly string[],
  evaluated: string,
  decide: (loadBalancer: Elbv2LoadBalancer, resource: ResourceRef, label: string) => CheckResult,
): CheckResult[] {
  const results = ctx
    .slice('elbv2.loadBalancers')
    .filter((loadBalancer) => types.includes(loadBalancer.type))
    .map((loadBalancer) =>
      decide(loadBalancer, loadBalancerResource(loadBalancer), loadBalancerLabel(loadBalancer)),
    );
  return orNone(ctx, results, evaluated);
}
