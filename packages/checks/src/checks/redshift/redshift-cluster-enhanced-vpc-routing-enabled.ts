import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.7: COPY and UNLOAD traffic goes through the VPC, where security groups, endpoints and flow logs apply. */
export const redshiftClusterEnhancedVpcRoutingEnabled = defineCheck({
  id: 'redshift-cluster-enhanced-vpc-routing-enabled',
  title: 'Redshift clusters use enhanced VPC routing',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.7'] },
  remediation: {
    text: 'Turn on enhanced VPC routing so COPY and UNLOAD traffic between the cluster and data repositories goes through the VPC.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --enhanced-vpc-routing',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-enabling-cluster.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.enhancedVpcRouting
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} uses enhanced VPC routing.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} does not use enhanced VPC routing.`,
          ),
    );
  },
});
