import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ec2SnapshotsCollector } from './ec2-snapshots.js';

const ec2 = mockClient(EC2Client);
const REGION = 'eu-west-1';
const ARN = `arn:aws:ec2:${REGION}:${TEST_ACCOUNT_ID}`;

beforeEach(() => ec2.reset());
afterAll(() => ec2.restore());

function context(): CollectorContext {
  const { api } = mockedApi();
  return { api, accountId: TEST_ACCOUNT_ID, partition: 'aws', region: REGION, sleep: async () => {} };
}

describe('ec2SnapshotsCollector', () => {
  it('lists only the account own snapshots, every page, and reads who may restore each', async () => {
    ec2
      .on(DescribeSnapshotsCommand, { NextToken: undefined })
      .resolves({
        Snapshots: [{ SnapshotId: 'snap-1', VolumeId: 'vol-1', Encrypted: true }],
        NextToken: 'page-2',
      })
      .on(DescribeSnapshotsCommand, { NextToken: 'page-2' })
      .resolves({ Snapshots: [{ SnapshotId: 'snap-2' }] })
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-1' })
      .resolves({ SnapshotId: 'snap-1', CreateVolumePermissions: [{ UserId: '222222222222' }] })
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-2' })
      .resolves({ SnapshotId: 'snap-2', CreateVolumePermissions: [{ Group: 'all' }] });
    await expect(ec2SnapshotsCollector.collect(context())).resolves.toEqual([
      {
        arn: `${ARN}:snapshot/snap-1`,
        id: 'snap-1',
        volumeId: 'vol-1',
        encrypted: true,
        createVolumePermission: { ok: true, value: { public: false, accountIds: ['222222222222'] } },
      },
      {
        arn: `${ARN}:snapshot/snap-2`,
        id: 'snap-2',
        volumeId: null,
        encrypted: false,
        createVolumePermission: { ok: true, value: { public: true, accountIds: [] } },
      },
    ]);
    const lists = ec2.commandCalls(DescribeSnapshotsCommand).map((call) => call.args[0].input);
    expect(lists).toEqual([
      { OwnerIds: ['self'], MaxResults: 1000 },
      { OwnerIds: ['self'], MaxResults: 1000, NextToken: 'page-2' },
    ]);
    const reads = ec2.commandCalls(DescribeSnapshotAttributeCommand).map((call) => call.args[0].input);
    expect(reads).toEqual([
      { SnapshotId: 'snap-1', Attribute: 'createVolumePermission' },
      { SnapshotId: 'snap-2', Attribute: 'createVolumePermission' },
    ]);
  });

  it('keeps an unreadable permission as that snapshot error, with its code', async () => {
    ec2
      .on(DescribeSnapshotsCommand)
      .resolves({ Snapshots: [{ SnapshotId: 'snap-1' }] })
      .on(DescribeSnapshotAttributeCommand)
      .rejects(awsError('UnauthorizedOperation', 403));
    const [snapshot] = await ec2SnapshotsCollector.collect(context());
    expect(snapshot?.createVolumePermission).toEqual({
      ok: false,
      code: 'UnauthorizedOperation',
      operation: 'ec2:DescribeSnapshotAttribute',
    });
  });

  it('fails the slice with the code of a denied listing', async () => {
    ec2.on(DescribeSnapshotsCommand).rejects(awsError('AccessDenied', 403));
    await expect(ec2SnapshotsCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'ec2:DescribeSnapshots',
    });
    expect(ec2.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(0);
  });
});
