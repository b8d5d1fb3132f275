import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP EC2.1: no EBS snapshot the account owns can be restored by anyone (createVolumePermission for the
 * group "all"): whoever restores a public snapshot reads the whole disk it was taken from.
 */
export const ec2EbsSnapshotNotPublic = defineCheck({
  id: 'ec2-ebs-snapshot-not-public',
  title: 'EBS snapshots are not publicly restorable',
  service: 'ec2',
  severity: 'critical',
  scope: 'regional',
  requires: ['ec2.snapshots'],
  compliance: { 'aws-fsbp': ['EC2.1'] },
  remediation: {
    text: 'Remove the public create-volume permission from the snapshot (share it with named accounts if they need it), and turn on block public access for snapshots in the region.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snap-id> --attribute createVolumePermission --operation-type remove --group-names all',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  evaluate(ctx) {
    const snapshots = ctx.slice('ec2.snapshots');
    if (snapshots.length === 0) return [pass(ctx.scopeResource, `No EBS snapshots owned in ${ctx.region}.`)];
    return snapshots.map((snapshot) => {
      const resource = { id: snapshot.arn, type: 'AwsEc2Snapshot' };
      const permission = snapshot.createVolumePermission;
      if (!permission.ok)
        return unreadableField(resource, permission, `who may restore snapshot ${snapshot.id}`);
      const evidence = {
        public: permission.value.public,
        sharedWithAccounts: permission.value.accountIds,
        encrypted: snapshot.encrypted,
      };
      return permission.value.public
        ? fail(resource, `EBS snapshot ${snapshot.id} can be restored by anyone (public).`, evidence)
        : pass(resource, `EBS snapshot ${snapshot.id} is not public.`, evidence);
    });
  },
});
