import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsClusterSnapshotsCollector } from './rds-cluster-snapshots.js';

const rdsMock = mockClient(RDSClient);

beforeEach(() => {
  rdsMock.reset();
});

afterAll(() => {
  rdsMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const snapshotArn = (id: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:cluster-snapshot:${id}`;

describe('rdsClusterSnapshotsCollector', () => {
  it('pages with Marker and reads the restore attribute of manual snapshots only', async () => {
    rdsMock
      .on(DescribeDBClusterSnapshotsCommand)
      .resolves({
        DBClusterSnapshots: [
          {
            DBClusterSnapshotArn: snapshotArn('shop-final'),
            DBClusterSnapshotIdentifier: 'shop-final',
            SnapshotType: 'manual',
            StorageEncrypted: true,
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeDBClusterSnapshotsCommand, { Marker: 'm2' })
      .resolves({
        DBClusterSnapshots: [
          {
            DBClusterSnapshotArn: snapshotArn('rds:shop-2026-06-01'),
            DBClusterSnapshotIdentifier: 'rds:shop-2026-06-01',
            SnapshotType: 'automated',
          },
        ],
      })
      .on(DescribeDBClusterSnapshotAttributesCommand, { DBClusterSnapshotIdentifier: 'shop-final' })
      .resolves({
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['222222222222'] }],
        },
      });

    expect(await rdsClusterSnapshotsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: snapshotArn('shop-final'),
        identifier: 'shop-final',
        kind: 'cluster-snapshot',
        snapshotType: 'manual',
        encrypted: true,
        restorableBy: { ok: true, value: ['222222222222'] },
      },
      {
        arn: snapshotArn('rds:shop-2026-06-01'),
        identifier: 'rds:shop-2026-06-01',
        kind: 'cluster-snapshot',
        snapshotType: 'automated',
        encrypted: false,
        restorableBy: null,
      },
    ]);
    expect(rdsMock.commandCalls(DescribeDBClusterSnapshotAttributesCommand)).toHaveLength(1);
  });

  it("keeps an unreadable attribute as that snapshot's error", async () => {
    rdsMock
      .on(DescribeDBClusterSnapshotsCommand)
      .resolves({
        DBClusterSnapshots: [
          { DBClusterSnapshotArn: snapshotArn('locked'), DBClusterSnapshotIdentifier: 'locked' },
        ],
      })
      .on(DescribeDBClusterSnapshotAttributesCommand)
      .rejects(awsError('Throttling', 400));
    const [locked] = await rdsClusterSnapshotsCollector.collect(context(mockedApi().api));
    expect(locked?.restorableBy).toMatchObject({
      ok: false,
      operation: 'rds:DescribeDBClusterSnapshotAttributes',
    });
  });

  it('fails the slice with the AWS code when DescribeDBClusterSnapshots is denied', async () => {
    rdsMock.on(DescribeDBClusterSnapshotsCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsClusterSnapshotsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeDBClusterSnapshots',
    });
  });
});
