import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.16: Aurora clusters copy their tags to the snapshots taken of them. */
export const rdsAuroraClusterCopyTagsToSnapshotEnabled = defineCheck({
  id: 'rds-aurora-cluster-copy-tags-to-snapshot-enabled',
  title: 'Aurora DB clusters copy tags to snapshots',
  service: 'rds',
  severity: 'low',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.16'] },
  remediation: {
    text: "Turn on copying tags to snapshots so a snapshot keeps its cluster's owner and classification tags, and tag-based access rules.",
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters').filter((cluster) => cluster.engine.startsWith('aurora'));
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No Aurora DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.copyTagsToSnapshot
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} copies tags to snapshots.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) does not copy its tags to snapshots.`,
          ),
    );
  },
});
