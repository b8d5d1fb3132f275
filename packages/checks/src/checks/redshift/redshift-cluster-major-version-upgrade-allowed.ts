import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.6: clusters take major version upgrades in their maintenance window (AllowVersionUpgrade). */
export const redshiftClusterMajorVersionUpgradeAllowed = defineCheck({
  id: 'redshift-cluster-major-version-upgrade-allowed',
  title: 'Redshift clusters allow automatic major version upgrades',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.6'] },
  remediation: {
    text: 'Allow version upgrades so the cluster receives new major engine versions, with their fixes, in its maintenance window.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --allow-version-upgrade',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-considerations.html#rs-mgmt-maintenance-windows',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.allowVersionUpgrade
        ? pass(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} takes major version upgrades in its maintenance window.`,
          )
        : fail(
            redshiftClusterResource(cluster),
            `Redshift cluster ${cluster.identifier} does not allow major version upgrades.`,
          ),
    );
  },
});
