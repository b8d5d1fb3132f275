import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, kmsKey, readFailed, readOk } from '../../fixtures/index.js';
import type { KmsKey } from '../../inventory/kms.js';
import { kmsKeyRotationEnabled } from './kms-key-rotation-enabled.js';

const inRegion = (...keys: KmsKey[]) =>
  evaluate(kmsKeyRotationEnabled, new InventoryBuilder().regional('us-east-1', 'kms.keys', keys).build());

describe('kms-key-rotation-enabled', () => {
  it('passes the region when it has no key that AWS can rotate automatically', () => {
    const findings = inRegion(
      kmsKey('aws-managed', { manager: 'AWS' }, { rotation: null, policy: null }),
      kmsKey('asymmetric', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' }, { rotation: null }),
      kmsKey('hmac', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }, { rotation: null }),
      kmsKey('disabled', { state: 'Disabled' }, { rotation: null }),
      kmsKey('imported', { origin: 'EXTERNAL' }, { rotation: null }),
    );
    expect(findings).toMatchObject([
      { status: 'PASS', region: 'us-east-1', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes keys with rotation on and fails the ones without', () => {
    const findings = inRegion(
      kmsKey('on', {}, { rotation: readOk({ enabled: true, periodDays: 90 }) }),
      kmsKey('off', {}, { rotation: readOk({ enabled: false, periodDays: null }) }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:kms:us-east-1:111111111111:key/on', 'PASS'],
      ['arn:aws:kms:us-east-1:111111111111:key/off', 'FAIL'],
    ]);
    expect(findings[0]).toMatchObject({ resourceType: 'AwsKmsKey', evidence: { rotationPeriodDays: 90 } });
    expect(findings[0]?.message).toBe('Key on rotates automatically every 90 days.');
  });

  it('is an ERROR for a key that could not be described or whose rotation status could not be read', () => {
    const findings = inRegion(
      kmsKey('rotating'),
      kmsKey('no-status', {}, { rotation: readFailed('AccessDeniedException', 'kms:GetKeyRotationStatus') }),
      kmsKey('not-collected', {}, { rotation: null }),
    ).map((f) => [f.resourceId.split('/')[1], f.status, f.errorCode]);
    expect(findings).toEqual([
      ['rotating', 'PASS', null],
      ['no-status', 'ERROR', 'AccessDeniedException'],
      ['not-collected', 'ERROR', 'NotCollected'],
    ]);
    const undescribed: KmsKey = {
      ...kmsKey('k'),
      details: readFailed('AccessDeniedException', 'kms:DescribeKey'),
    };
    expect(inRegion(undescribed)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDeniedException' }]);
  });

  it('is an ERROR when the keys of the region cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'kms.keys', 'AccessDeniedException', 'kms:ListKeys')
      .build();
    expect(evaluate(kmsKeyRotationEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
