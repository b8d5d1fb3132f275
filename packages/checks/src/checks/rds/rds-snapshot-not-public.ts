import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { describeSnapshot, rdsSnapshotResource } from './rds-snapshot-resource.js';

/**
 * FSBP RDS.1: no manual DB or cluster snapshot (RDS, Aurora, Neptune, DocumentDB) can be restored by anyone:
 * its "restore" attribute does not list "all". Automated snapshots cannot be shared and are not judged.
 */
export const rdsSnapshotNotPublic = defineCheck({
  id: 'rds-snapshot-not-public',
  title: 'RDS snapshots are not public',
  service: 'rds',
  severity: 'critical',
  scope: 'regional',
  requires: ['rds.dbSnapshots', 'rds.clusterSnapshots'],
  compliance: { 'aws-fsbp': ['RDS.1'] },
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share it with named accounts only.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
  },
  evaluate(ctx) {
    const snapshots = [...ctx.slice('rds.dbSnapshots'), ...ctx.slice('rds.clusterSnapshots')];
    const results = snapshots.flatMap((snapshot): CheckResult[] => {
      const restorableBy = snapshot.restorableBy;
      if (restorableBy === null) return [];
      const resource = rdsSnapshotResource(snapshot);
      const what = describeSnapshot(snapshot);
      if (!restorableBy.ok)
        return [unreadableField(resource, restorableBy, `the restore attribute of ${what}`)];
      const accounts = restorableBy.value;
      const evidence = { restorableBy: accounts };
      if (accounts.includes('all'))
        return [fail(resource, `${what} is public: anyone can restore it.`, evidence)];
      return [
        pass(
          resource,
          accounts.length === 0 ? `${what} is private.` : `${what} is shared with named accounts only.`,
          evidence,
        ),
      ];
    });
    if (results.length === 0) return [pass(ctx.scopeResource, `No manual RDS snapshot in ${ctx.region}.`)];
    return results;
  },
});
