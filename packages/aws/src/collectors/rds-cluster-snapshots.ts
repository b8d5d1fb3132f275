import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
} from '@aws-sdk/client-rds';
import type { RdsSnapshot } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/**
 * The DB cluster snapshots the account owns in the region (DescribeDBClusterSnapshots, all pages; Aurora,
 * Multi-AZ DB cluster, Neptune and DocumentDB ones), with the "restore" attribute of each manual one
 * (DescribeDBClusterSnapshotAttributes).
 */
export const rdsClusterSnapshotsCollector: RegionalCollector<'rds.clusterSnapshots'> = {
  slice: 'rds.clusterSnapshots',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeDBClusterSnapshotsCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.DBClusterSnapshots,
      entry: async (snapshot): Promise<RdsSnapshot | null> => {
        const identifier = snapshot.DBClusterSnapshotIdentifier;
        if (!snapshot.DBClusterSnapshotArn || !identifier) return null;
        const snapshotType = snapshot.SnapshotType ?? 'manual';
        return {
          arn: snapshot.DBClusterSnapshotArn,
          identifier,
          kind: 'cluster-snapshot',
          snapshotType,
          encrypted: snapshot.StorageEncrypted ?? false,
          // Only manual snapshots can be shared.
          restorableBy:
            snapshotType === 'manual'
              ? await readField('rds:DescribeDBClusterSnapshotAttributes', async () => {
                  const answer = await api.call(
                    region,
                    'rds',
                    new DescribeDBClusterSnapshotAttributesCommand({
                      DBClusterSnapshotIdentifier: identifier,
                    }),
                  );
                  const restore = answer.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes?.find(
                    (attribute) => attribute.AttributeName === 'restore',
                  );
                  return restore?.AttributeValues ?? [];
                })
              : null,
        };
      },
    }),
};
