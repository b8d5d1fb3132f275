import {
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { rdsDbSnapshotsCollector } from './rds-db-snapshots.js';

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

const snapshotArn = (id: string) => `arn:aws:rds:us-east-1:${TEST_ACCOUNT_ID}:snapshot:${id}`;
const restore = (values: string[]) => ({
  DBSnapshotAttributesResult: {
    DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: values }],
  },
});

describe('rdsDbSnapshotsCollector', () => {
  it('pages with Marker and reads the restore attribute of manual snapshots only', async () => {
    rdsMock
      .on(DescribeDBSnapshotsCommand)
      .resolves({
        DBSnapshots: [
          {
            DBSnapshotArn: snapshotArn('export'),
            DBSnapshotIdentifier: 'export',
            SnapshotType: 'manual',
            Encrypted: false,
          },
        ],
        Marker: 'm2',
      })
      .on(DescribeDBSnapshotsCommand, { Marker: 'm2' })
      .resolves({
        DBSnapshots: [
          {
            DBSnapshotArn: snapshotArn('rds:orders-2026-06-01'),
            DBSnapshotIdentifier: 'rds:orders-2026-06-01',
            SnapshotType: 'automated',
            Encrypted: true,
          },
          { DBSnapshotArn: snapshotArn('locked'), DBSnapshotIdentifier: 'locked', SnapshotType: 'manual' },
        ],
      })
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'export' })
      .resolves(restore(['all']))
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'locked' })
      .rejects(awsError('AccessDenied', 403));

    expect(await rdsDbSnapshotsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: snapshotArn('export'),
        identifier: 'export',
        kind: 'db-snapshot',
        snapshotType: 'manual',
        encrypted: false,
        restorableBy: { ok: true, value: ['all'] },
      },
      {
        arn: snapshotArn('rds:orders-2026-06-01'),
        identifier: 'rds:orders-2026-06-01',
        kind: 'db-snapshot',
        snapshotType: 'automated',
        encrypted: true,
        restorableBy: null,
      },
      {
        arn: snapshotArn('locked'),
        identifier: 'locked',
        kind: 'db-snapshot',
        snapshotType: 'manual',
        encrypted: false,
        restorableBy: { ok: false, code: 'AccessDenied', operation: 'rds:DescribeDBSnapshotAttributes' },
      },
    ]);
    expect(rdsMock.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(2);
    expect(rdsMock.commandCalls(DescribeDBSnapshotsCommand).map((call) => call.args[0].input)).toEqual([
      { MaxRecords: 100 },
      { MaxRecords: 100, Marker: 'm2' },
    ]);
  });

  it('fails the slice with the AWS code when DescribeDBSnapshots is denied', async () => {
    rdsMock.on(DescribeDBSnapshotsCommand).rejects(awsError('AccessDenied', 403));
    await expect(rdsDbSnapshotsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'rds:DescribeDBSnapshots',
    });
  });
});
