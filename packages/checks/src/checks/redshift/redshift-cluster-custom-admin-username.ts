import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.8: the admin user is not the default awsuser. */
export const redshiftClusterCustomAdminUsername = defineCheck({
  id: 'redshift-cluster-custom-admin-username',
  title: 'Redshift clusters do not use the default admin username',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.8'] },
  remediation: {
    text: 'The admin username cannot be changed: create a new cluster with a custom admin username from a snapshot, then retire the old one.',
    cli: 'aws redshift restore-from-cluster-snapshot --cluster-identifier <new-cluster> --snapshot-identifier <snapshot>',
    url: 'https://docs.aws.amazon.com/redshift/latest/gsg/rs-gsg-prereq.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.masterUsername !== 'awsuser'
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} uses a custom admin username.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} uses the default admin username awsuser.`,
          ),
    );
  },
});
