import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { describeSnapshot, rdsSnapshotResource } from './rds-snapshot-resource.js';

/** FSBP RDS.4: every DB snapshot and DB cluster snapshot of the account, manual or automated, is encrypted. */
export const rdsSnapshotEncrypted = defineCheck({
  id: 'rds-snapshot-encrypted',
  title: 'RDS DB snapshots and cluster snapshots are encrypted at rest',
  service: 'rds',
  severity: 'medium',
  scope: 'regional',
  requires: ['rds.dbSnapshots', 'rds.clusterSnapshots'],
  compliance: { 'aws-fsbp': ['RDS.4'] },
  remediation: {
    text: 'Copy the snapshot with a KMS key (the copy is encrypted), delete the unencrypted one, and encrypt the source database so later snapshots are.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
  },
  evaluate(ctx) {
    const snapshots = [...ctx.slice('rds.dbSnapshots'), ...ctx.slice('rds.clusterSnapshots')];
    if (snapshots.length === 0) return [pass(ctx.scopeResource, `No RDS snapshot in ${ctx.region}.`)];
    return snapshots.map((snapshot) =>
      snapshot.encrypted
        ? pass(rdsSnapshotResource(snapshot), `${describeSnapshot(snapshot)} is encrypted.`)
        : fail(rdsSnapshotResource(snapshot), `${describeSnapshot(snapshot)} is not encrypted.`),
    );
  },
});
