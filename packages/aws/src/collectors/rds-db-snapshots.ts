import { DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import type { RdsSnapshot } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/**
 * The DB snapshots the account owns in the region (DescribeDBSnapshots, all pages: manual, automated and AWS
 * Backup ones; shared and public snapshots of other accounts are not listed by default), with the "restore"
 * attribute of each manual one (DescribeDBSnapshotAttributes).
 */
export const rdsDbSnapshotsCollector: RegionalCollector<'rds.dbSnapshots'> = {
  slice: 'rds.dbSnapshots',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'rds', new DescribeDBSnapshotsCommand({ MaxRecords: 100, Marker: marker })),
      nextToken: (page) => page.Marker,
      items: (page) => page.DBSnapshots,
      entry: async (snapshot): Promise<RdsSnapshot | null> => {
        const identifier = snapshot.DBSnapshotIdentifier;
        if (!snapshot.DBSnapshotArn || !identifier) return null;
        const snapshotType = snapshot.SnapshotType ?? 'manual';
        return {
          arn: snapshot.DBSnapshotArn,
          identifier,
          kind: 'db-snapshot',
          snapshotType,
          encrypted: snapshot.Encrypted ?? false,
          // Only manual snapshots can be shared.
          restorableBy:
            snapshotType === 'manual'
              ? await readField('rds:DescribeDBSnapshotAttributes', async () => {
                  const answer = await api.call(
                    region,
                    'rds',
                    new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: identifier }),
                  );
                  const restore = answer.DBSnapshotAttributesResult?.DBSnapshotAttributes?.find(
                    (attribute) => attribute.AttributeName === 'restore',
                  );
                  return restore?.AttributeValues ?? [];
                })
              : null,
        };
      },
    }),
};
