import type { EksCluster, EksClusterSettings } from '../../inventory/eks.js';
import { unreadableField } from '../../inventory/read-result.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function eksClusterResource(cluster: EksCluster): ResourceRef {
  return { id: cluster.arn, type: 'AwsEksCluster' };
}

/**
 * The shape every EKS cluster check has: one PASS for the region when it has no cluster, an ERROR with the
 * AWS code for a cluster DescribeCluster could not read, else `decide` on each cluster.
 */
export function eachCluster(
  ctx: EvaluationContext,
  decide: (cluster: EksCluster, settings: EksClusterSettings, resource: ResourceRef) => CheckResult,
): CheckResult[] {
  const clusters = ctx.slice('eks.clusters');
  if (clusters.length === 0) return [pass(ctx.scopeResource, `No EKS cluster in ${ctx.region}.`)];
  return clusters.map((cluster) => {
    const resource = eksClusterResource(cluster);
    if (!cluster.settings.ok) {
      return unreadableField(resource, cluster.settings, `the settings of cluster ${cluster.name}`);
    }
    return decide(cluster, cluster.settings.value, resource);
  });
}
