import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.15: DB clusters have instances in more than one Availability Zone (MultiAZ), so a zone failure fails over. */
export const rdsClusterMultiAzEnabled = defineCheck({
  id: 'rds-cluster-multi-az-enabled',
  title: 'RDS DB clusters span multiple Availability Zones',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.15'] },
  remediation: {
    text: 'Add a reader instance in another Availability Zone so the cluster fails over when a zone is lost.',
    cli: 'aws rds create-db-instance --db-instance-identifier <cluster>-reader --db-cluster-identifier <cluster> --engine <engine> --db-instance-class <class> --availability-zone <other-zone>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No RDS DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.multiAz
        ? pass(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} has instances in more than one Availability Zone.`,
          )
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) has all its instances in one Availability Zone.`,
          ),
    );
  },
});
