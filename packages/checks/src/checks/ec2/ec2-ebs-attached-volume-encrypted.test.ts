import { describe, expect, it } from 'vitest';
import { ec2Volume, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Volume } from '../../inventory/ec2.js';
import { ec2EbsAttachedVolumeEncrypted as check } from './ec2-ebs-attached-volume-encrypted.js';

const REGION = 'eu-west-1';
const withVolumes = (...volumes: Ec2Volume[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.volumes', volumes).build();

describe('ec2-ebs-attached-volume-encrypted', () => {
  it('passes on the region when it has no volumes', () => {
    expect(evaluate(check, withVolumes())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No attached EBS volumes in eu-west-1.' },
    ]);
  });

  it('passes encrypted attached volumes and fails unencrypted attached ones', () => {
    const findings = evaluate(
      check,
      withVolumes(ec2Volume('vol-1'), ec2Volume('vol-2', { encrypted: false })),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:volume/vol-1',
        resourceType: 'AwsEc2Volume',
      },
      {
        status: 'FAIL',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:volume/vol-2',
        message: 'Attached EBS volume vol-2 is not encrypted.',
      },
    ]);
  });

  it('does not judge unattached volumes, as AWS does not', () => {
    const inventory = withVolumes(
      ec2Volume('vol-spare', { encrypted: false, state: 'available', attachmentCount: 0 }),
      ec2Volume('vol-gone', { encrypted: false, state: 'deleting', attachmentCount: 0 }),
    );
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('is an ERROR when the volumes cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.volumes').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
