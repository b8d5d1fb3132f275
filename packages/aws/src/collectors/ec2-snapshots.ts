import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2';
import type { RegionalCollector } from './collector.js';
import { ec2Arn } from './ec2.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/** The largest page DescribeSnapshots accepts. */
const MAX_RESULTS = 1000;

/**
 * The EBS snapshots the account owns in the region (DescribeSnapshots, OwnerIds self: never the public
 * catalogue), then who may create volumes from each (DescribeSnapshotAttribute createVolumePermission). That
 * is one call per snapshot: AWS has no bulk read of the permission, and the calls share the AwsApi's bound
 * on calls in flight and its rate limits.
 */
export const ec2SnapshotsCollector: RegionalCollector<'ec2.snapshots'> = {
  slice: 'ec2.snapshots',
  collect: (ctx) =>
    collectList({
      listPage: (token) =>
        ctx.api.call(
          ctx.region,
          'ec2',
          new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: MAX_RESULTS, NextToken: token }),
        ),
      nextToken: (page) => page.NextToken || undefined,
      items: (page) => page.Snapshots,
      entry: async (snapshot) => {
        if (!snapshot.SnapshotId) return null;
        const id = snapshot.SnapshotId;
        const createVolumePermission = await readField('ec2:DescribeSnapshotAttribute', async () => {
          const answer = await ctx.api.call(
            ctx.region,
            'ec2',
            new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' }),
          );
          const permissions = answer.CreateVolumePermissions ?? [];
          return {
            public: permissions.some((permission) => permission.Group === 'all'),
            accountIds: permissions.flatMap((permission) => (permission.UserId ? [permission.UserId] : [])),
          };
        });
        return {
          arn: ec2Arn(ctx, `snapshot/${id}`),
          id,
          volumeId: snapshot.VolumeId ?? null,
          encrypted: snapshot.Encrypted === true,
          createVolumePermission,
        };
      },
    }),
};
