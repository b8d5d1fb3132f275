import { describe, expect, it } from 'vitest';
import {
  evaluate,
  InventoryBuilder,
  kmsKey,
  policyStatements,
  readFailed,
  readOk,
} from '../../fixtures/index.js';
import type { KmsKey } from '../../inventory/kms.js';
import { kmsKeyPolicyNotPublic } from './kms-key-policy-not-public.js';

const inRegion = (...keys: KmsKey[]) =>
  evaluate(kmsKeyPolicyNotPublic, new InventoryBuilder().regional('eu-west-1', 'kms.keys', keys).build());

const everyone = (extra: object = {}) => ({
  Sid: 'Everyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['kms:Decrypt', 'kms:DescribeKey'],
  Resource: '*',
  ...extra,
});

describe('kms-key-policy-not-public', () => {
  it('passes the region when it has no customer-managed key', () => {
    expect(inRegion(kmsKey('aws', { manager: 'AWS' }, { policy: null }))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes the default key policy and a grant narrowed to the account', () => {
    const narrowed = everyone({ Condition: { StringEquals: { 'kms:CallerAccount': '111111111111' } } });
    const findings = inRegion(
      kmsKey('default'),
      kmsKey('narrowed', {}, { policy: readOk(policyStatements(narrowed)) }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a key whose policy lets everyone use it', () => {
    const [finding] = inRegion(kmsKey('open', {}, { policy: readOk(policyStatements(everyone())) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      resourceId: 'arn:aws:kms:us-east-1:111111111111:key/open',
      evidence: { publicActions: ['kms:Decrypt', 'kms:DescribeKey'] },
    });
    expect(finding?.message).toContain("statement 'Everyone' (kms:Decrypt, kms:DescribeKey)");
  });

  it('is an ERROR for a key whose policy or description could not be read', () => {
    const findings = inRegion(
      kmsKey('no-policy', {}, { policy: readFailed('AccessDeniedException', 'kms:GetKeyPolicy') }),
      { ...kmsKey('undescribed'), details: readFailed('AccessDeniedException', 'kms:DescribeKey') },
    );
    expect(findings.map((f) => [f.status, f.errorCode])).toEqual([
      ['ERROR', 'AccessDeniedException'],
      ['ERROR', 'AccessDeniedException'],
    ]);
  });
});
