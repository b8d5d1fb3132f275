import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { Ec2Snapshot } from '../../inventory/ec2.js';
import { ec2EbsSnapshotNotPublic as check } from './ec2-ebs-snapshot-not-public.js';

const REGION = 'eu-west-1';
const snapshot = (
  id: string,
  createVolumePermission: Ec2Snapshot['createVolumePermission'],
): Ec2Snapshot => ({
  arn: `arn:aws:ec2:eu-west-1:111111111111:snapshot/${id}`,
  id,
  volumeId: 'vol-1',
  encrypted: false,
  createVolumePermission,
});
const withSnapshots = (...snapshots: Ec2Snapshot[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.snapshots', snapshots).build();

describe('ec2-ebs-snapshot-not-public', () => {
  it('passes on the region when the account owns no snapshot there', () => {
    expect(evaluate(check, withSnapshots())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes private and account-shared snapshots and fails public ones', () => {
    const findings = evaluate(
      check,
      withSnapshots(
        snapshot('snap-private', readOk({ public: false, accountIds: [] })),
        snapshot('snap-shared', readOk({ public: false, accountIds: ['222222222222'] })),
        snapshot('snap-public', readOk({ public: true, accountIds: [] })),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:snapshot/snap-private',
        resourceType: 'AwsEc2Snapshot',
      },
      { status: 'PASS', evidence: { sharedWithAccounts: ['222222222222'] } },
      { status: 'FAIL', message: 'EBS snapshot snap-public can be restored by anyone (public).' },
    ]);
  });

  it('is an ERROR with the AWS code for a snapshot whose permission cannot be read', () => {
    const findings = evaluate(
      check,
      withSnapshots(
        snapshot('snap-hidden', readFailed('UnauthorizedOperation', 'ec2:DescribeSnapshotAttribute')),
      ),
    );
    expect(findings).toMatchObject([{ status: 'ERROR', errorCode: 'UnauthorizedOperation' }]);
  });

  it('is an ERROR when the snapshots cannot be listed', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.snapshots').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
