import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.1: clusters do not have a publicly resolvable, publicly reachable endpoint. */
export const redshiftClusterNotPubliclyAccessible = defineCheck({
  id: 'redshift-cluster-not-publicly-accessible',
  title: 'Redshift clusters are not publicly accessible',
  service: 'redshift',
  severity: 'critical',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.1'] },
  remediation: {
    text: 'Turn off public accessibility and reach the cluster from inside the VPC (VPN, bastion, PrivateLink).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      !cluster.publiclyAccessible
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} is not publicly accessible.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} is publicly accessible.`,
          ),
    );
  },
});
