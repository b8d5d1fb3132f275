import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  type KeyMetadata,
  KMSClient,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { kmsKeysCollector } from './kms.js';

const kms = mockClient(KMSClient);

beforeEach(() => {
  kms.reset();
});

afterAll(() => {
  kms.restore();
});

const REGION = 'eu-west-1';
const arn = (id: string) => `arn:aws:kms:${REGION}:${TEST_ACCOUNT_ID}:key/${id}`;

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: REGION,
  sleep: async () => {},
});

function mockKey(id: string, metadata: Partial<KeyMetadata> = {}): void {
  kms.on(DescribeKeyCommand, { KeyId: id }).resolves({
    KeyMetadata: {
      KeyId: id,
      Arn: arn(id),
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      ...metadata,
    },
  });
}

const KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT_ID}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});

describe('kmsKeysCollector', () => {
  it('pages ListKeys with Marker while Truncated, and reads rotation and policy of customer keys', async () => {
    kms
      .on(ListKeysCommand)
      .resolves({ Keys: [{ KeyId: 'k1', KeyArn: arn('k1') }], Truncated: true, NextMarker: 'm2' })
      .on(ListKeysCommand, { Marker: 'm2' })
      .resolves({ Keys: [{ KeyId: 'aws1', KeyArn: arn('aws1') }], Truncated: false });
    mockKey('k1');
    mockKey('aws1', { KeyManager: 'AWS' });
    kms
      .on(GetKeyRotationStatusCommand, { KeyId: 'k1' })
      .resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    kms.on(GetKeyPolicyCommand, { KeyId: 'k1', PolicyName: 'default' }).resolves({ Policy: KEY_POLICY });

    const keys = await kmsKeysCollector.collect(context(mockedApi().api));

    expect(keys).toEqual([
      {
        id: 'k1',
        arn: arn('k1'),
        details: {
          ok: true,
          value: {
            manager: 'CUSTOMER',
            keySpec: 'SYMMETRIC_DEFAULT',
            keyUsage: 'ENCRYPT_DECRYPT',
            state: 'Enabled',
            origin: 'AWS_KMS',
          },
        },
        rotation: { ok: true, value: { enabled: true, periodDays: 365 } },
        policy: { ok: true, value: [expect.objectContaining({ effect: 'Allow', actions: ['kms:*'] })] },
      },
      {
        id: 'aws1',
        arn: arn('aws1'),
        details: expect.objectContaining({ ok: true }),
        rotation: null,
        policy: null,
      },
    ]);
    expect(kms.commandCalls(GetKeyRotationStatusCommand)).toHaveLength(1);
    expect(kms.commandCalls(GetKeyPolicyCommand)).toHaveLength(1);
  });

  it('reads no rotation status for keys AWS cannot rotate, but their policy', async () => {
    kms.on(ListKeysCommand).resolves({
      Keys: [{ KeyId: 'rsa' }, { KeyId: 'disabled' }, { KeyId: 'imported' }],
    });
    mockKey('rsa', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    mockKey('disabled', { KeyState: 'Disabled' });
    mockKey('imported', { Origin: 'EXTERNAL' });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: KEY_POLICY });

    const keys = await kmsKeysCollector.collect(context(mockedApi().api));

    expect(keys.map((key) => [key.id, key.rotation, key.policy?.ok])).toEqual([
      ['rsa', null, true],
      ['disabled', null, true],
      ['imported', null, true],
    ]);
    expect(kms.commandCalls(GetKeyRotationStatusCommand)).toHaveLength(0);
  });

  it('keeps a key whose policy denies the scanner, with the error on that key', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'locked', KeyArn: arn('locked') }, { KeyId: 'k1' }] });
    kms.on(DescribeKeyCommand, { KeyId: 'locked' }).rejects(awsError('AccessDeniedException', 400));
    mockKey('k1');
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false });
    kms.on(GetKeyPolicyCommand).rejects(awsError('AccessDeniedException', 400));

    const [locked, k1] = await kmsKeysCollector.collect(context(mockedApi().api));

    expect(locked).toEqual({
      id: 'locked',
      arn: arn('locked'),
      details: { ok: false, code: 'AccessDeniedException', operation: 'kms:DescribeKey' },
      rotation: null,
      policy: null,
    });
    expect(k1).toMatchObject({
      arn: arn('k1'),
      rotation: { ok: true, value: { enabled: false, periodDays: null } },
      policy: { ok: false, code: 'AccessDeniedException', operation: 'kms:GetKeyPolicy' },
    });
  });

  it('propagates AccessDenied on ListKeys', async () => {
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 400));

    await expect(kmsKeysCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
      operation: 'kms:ListKeys',
    });
  });
});
