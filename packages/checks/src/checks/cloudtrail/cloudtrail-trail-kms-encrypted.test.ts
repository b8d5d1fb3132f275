import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { cloudtrailTrailKmsEncrypted } from './cloudtrail-trail-kms-encrypted.js';

describe('cloudtrail-trail-kms-encrypted', () => {
  it('passes a trail with a KMS key and fails one without', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [
        cloudTrailTrail(),
        cloudTrailTrail({ name: 'plain', kmsKeyId: null }),
      ])
      .build();
    const findings = evaluate(cloudtrailTrailKmsEncrypted, inventory);
    expect(findings.map((f) => [f.resourceId.split('/').pop(), f.status])).toEqual([
      ['main-trail', 'PASS'],
      ['plain', 'FAIL'],
    ]);
    expect(findings[0]?.evidence).toMatchObject({ kmsKeyId: expect.stringContaining('arn:aws:kms:') });
    expect(findings[1]?.message).toContain('not encrypted with a KMS key');
  });

  it('passes on the account when it has no trail of its own', () => {
    const inventory = new InventoryBuilder().regional('eu-west-1', 'cloudtrail.trails', []).build();
    expect(evaluate(cloudtrailTrailKmsEncrypted, inventory)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('is an ERROR with the AWS code for a region whose trails could not be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('eu-west-1', 'cloudtrail.trails', 'Throttling')
      .build();
    expect(evaluate(cloudtrailTrailKmsEncrypted, inventory)).toMatchObject([
      {
        status: 'ERROR',
        errorCode: 'Throttling',
        resourceId: 'arn:aws:account::111111111111:account/eu-west-1',
      },
    ]);
  });
});
