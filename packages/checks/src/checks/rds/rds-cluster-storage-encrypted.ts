import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { rdsClusterResource } from './rds-cluster-resource.js';

/** FSBP RDS.27: DB clusters encrypt their storage. */
export const rdsClusterStorageEncrypted = defineCheck({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB clusters are encrypted at rest',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.clusters'],
  compliance: { 'aws-fsbp': ['RDS.27'] },
  remediation: {
    text: 'Encryption cannot be turned on for an existing cluster: snapshot it, restore the snapshot into a new cluster with a KMS key, and switch to it.',
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <cluster>-encrypted --snapshot-identifier <snapshot> --engine <engine> --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  evaluate(ctx) {
    const clusters = ctx.slice('rds.clusters');
    if (clusters.length === 0) return [pass(ctx.scopeResource, `No RDS DB cluster in ${ctx.region}.`)];
    return clusters.map((cluster) =>
      cluster.storageEncrypted
        ? pass(rdsClusterResource(cluster), `DB cluster ${cluster.identifier} is encrypted at rest.`)
        : fail(
            rdsClusterResource(cluster),
            `DB cluster ${cluster.identifier} (${cluster.engine}) is not encrypted at rest.`,
          ),
    );
  },
});
