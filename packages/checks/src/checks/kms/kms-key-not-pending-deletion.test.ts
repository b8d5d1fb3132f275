import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, kmsKey, readFailed } from '../../fixtures/index.js';
import type { KmsKey } from '../../inventory/kms.js';
import { kmsKeyNotPendingDeletion } from './kms-key-not-pending-deletion.js';

const REGION = 'eu-west-1';

const withKeys = (...keys: KmsKey[]) => new InventoryBuilder().regional(REGION, 'kms.keys', keys).build();

describe('kms-key-not-pending-deletion', () => {
  it('fails a customer key pending deletion and passes enabled and disabled ones', () => {
    const findings = evaluate(
      kmsKeyNotPendingDeletion,
      withKeys(
        kmsKey('a-enabled'),
        kmsKey('b-disabled', { state: 'Disabled' }),
        kmsKey('c-doomed', { state: 'PendingDeletion' }),
      ),
    );
    expect(findings.map((f) => [f.resourceId.split('/')[1], f.status])).toEqual([
      ['a-enabled', 'PASS'],
      ['b-disabled', 'PASS'],
      ['c-doomed', 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({ evidence: { keyState: 'PendingDeletion' } });
  });

  it('leaves AWS managed keys to AWS: a region with only those passes', () => {
    expect(
      evaluate(
        kmsKeyNotPendingDeletion,
        withKeys(kmsKey('aws-s3', { manager: 'AWS', state: 'PendingDeletion' })),
      ),
    ).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1' }]);
  });

  it('is an ERROR for a key whose description cannot be read', () => {
    const locked: KmsKey = {
      ...kmsKey('locked'),
      details: readFailed('AccessDeniedException', 'kms:DescribeKey'),
    };
    expect(evaluate(kmsKeyNotPendingDeletion, withKeys(locked))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });

  it('passes the region when it has no key, and is an ERROR with the AWS code when keys cannot be listed', () => {
    expect(evaluate(kmsKeyNotPendingDeletion, withKeys())).toMatchObject([{ status: 'PASS' }]);
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'kms.keys', 'AccessDenied', 'kms:ListKeys')
      .build();
    expect(evaluate(kmsKeyNotPendingDeletion, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
