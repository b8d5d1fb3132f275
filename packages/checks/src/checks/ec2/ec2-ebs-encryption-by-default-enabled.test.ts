import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { ec2EbsEncryptionByDefaultEnabled as check } from './ec2-ebs-encryption-by-default-enabled.js';

describe('ec2-ebs-encryption-by-default-enabled', () => {
  it('judges each region on its own setting', () => {
    const inventory = new InventoryBuilder()
      .regional('eu-west-1', 'ec2.ebsEncryptionByDefault', { enabled: true })
      .regional('us-east-1', 'ec2.ebsEncryptionByDefault', { enabled: false })
      .build();
    expect(evaluate(check, inventory).map((f) => [f.region, f.resourceId, f.status, f.message])).toEqual([
      [
        'eu-west-1',
        'arn:aws:account::111111111111:account/eu-west-1',
        'PASS',
        'EBS encryption by default is enabled in eu-west-1.',
      ],
      [
        'us-east-1',
        'arn:aws:account::111111111111:account/us-east-1',
        'FAIL',
        'EBS encryption by default is disabled in us-east-1: new volumes are unencrypted unless asked.',
      ],
    ]);
  });

  it('is an ERROR in a region where the setting cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError(
        'sa-east-1',
        'ec2.ebsEncryptionByDefault',
        'AccessDenied',
        'ec2:GetEbsEncryptionByDefault',
      )
      .build();
    expect(evaluate(check, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', region: 'sa-east-1' },
    ]);
  });
});
