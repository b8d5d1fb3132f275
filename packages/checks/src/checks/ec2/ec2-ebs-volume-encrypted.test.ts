import { describe, expect, it } from 'vitest';
import { ec2Volume, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { Ec2Volume } from '../../inventory/ec2.js';
import { ec2EbsVolumeEncrypted as check } from './ec2-ebs-volume-encrypted.js';

const REGION = 'eu-west-1';
const withVolumes = (...volumes: Ec2Volume[]) =>
  new InventoryBuilder().regional(REGION, 'ec2.volumes', volumes).build();

describe('ec2-ebs-volume-encrypted', () => {
  it('passes on the region when it has no volumes', () => {
    expect(evaluate(check, withVolumes())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: 'No EBS volumes in eu-west-1.' },
    ]);
  });

  it('passes encrypted volumes and fails unencrypted ones, attached or not', () => {
    const findings = evaluate(
      check,
      withVolumes(
        ec2Volume('vol-1'),
        ec2Volume('vol-2', { encrypted: false, state: 'available', attachmentCount: 0 }),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ec2:eu-west-1:111111111111:volume/vol-1',
        resourceType: 'AwsEc2Volume',
      },
      {
        status: 'FAIL',
        message: 'EBS volume vol-2 (available, 0 attachment(s)) is not encrypted.',
        evidence: { state: 'available', attachments: 0 },
      },
    ]);
  });

  it('does not judge volumes being deleted', () => {
    const inventory = withVolumes(ec2Volume('vol-gone', { encrypted: false, state: 'deleting' }));
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('is an ERROR when the volumes cannot be read', () => {
    const inventory = new InventoryBuilder().regionalError(REGION, 'ec2.volumes').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
