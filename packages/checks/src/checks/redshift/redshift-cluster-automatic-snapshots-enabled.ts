import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { redshiftClusterResource } from './redshift-cluster-resource.js';

/** FSBP Redshift.3's MinRetentionPeriod default, in days. */
const MINIMUM_RETENTION_DAYS = 7;

/** FSBP Redshift.3: clusters keep automated snapshots for at least 7 days. */
export const redshiftClusterAutomaticSnapshotsEnabled = defineCheck({
  id: 'redshift-cluster-automatic-snapshots-enabled',
  title: 'Redshift clusters keep automated snapshots for at least 7 days',
  service: 'redshift',
  severity: 'medium',
  scope: 'regional',
  requires: ['redshift.clusters'],
  compliance: { 'aws-fsbp': ['Redshift.3'] },
  remediation: {
    text: `Set the automated snapshot retention period to ${MINIMUM_RETENTION_DAYS} days or more.`,
    cli: `aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period ${MINIMUM_RETENTION_DAYS}`,
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#about-automated-snapshots',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('redshift.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Redshift cluster in ${ctx.region}.`)];
    return clusters.map((cluster) => {
      const days = cluster.automatedSnapshotRetentionPeriod;
      const evidence = { automatedSnapshotRetentionPeriod: days, minimum: MINIMUM_RETENTION_DAYS };
      if (days >= MINIMUM_RETENTION_DAYS) {
        return pass(
          redshiftClusterResource(cluster),
          `Redshift cluster ${cluster.identifier} keeps automated snapshots for ${days} days.`,
          evidence,
        );
      }
      return fail(
        redshiftClusterResource(cluster),
        days === 0
          ? `Redshift cluster ${cluster.identifier} has automated snapshots off.`
          : `Redshift cluster ${cluster.identifier} keeps automated snapshots for ${days} day${days === 1 ? '' : 's'}, fewer than ${MINIMUM_RETENTION_DAYS}.`,
        evidence,
      );
    });
  },
});
