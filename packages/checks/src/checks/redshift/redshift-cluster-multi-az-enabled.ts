import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.18: provisioned clusters are Multi-AZ deployments. */
export const redshiftClusterMultiAzEnabled = defineCheck({
  id: 'redshift-cluster-multi-az-enabled',
  title: 'Redshift clusters have Multi-AZ deployments enabled',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.18'] },
  remediation: {
    text: 'Convert the cluster (RA3 node types) to a Multi-AZ deployment so it keeps serving when an Availability Zone fails.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --multi-az',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.multiAz
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} is deployed across two Availability Zones.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} runs in a single Availability Zone.`,
          ),
    );
  },
});
