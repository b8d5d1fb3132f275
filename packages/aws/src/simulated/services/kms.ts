import type * as Kms from '@aws-sdk/client-kms';
import { simulatedError } from '../simulated-error.js';
import { dataRegion } from '../state/area-state.js';
import type { SimulatedKmsKey } from '../state/data-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Kms>> = SimulatedAnswer<typeof Kms, Op>;

function keyArn({ caller, region }: SimulatedRequest, key: SimulatedKmsKey): string {
  return `arn:aws:kms:${region}:${caller.id}:key/${key.id}`;
}

/** KMS takes a key id or a key ARN. */
function findKey(request: SimulatedRequest<{ readonly KeyId?: string }>): SimulatedKmsKey {
  const wanted = String(request.input.KeyId ?? '');
  const key = dataRegion(request.caller, request.region).kmsKeys?.find(
    (candidate) => candidate.id === wanted || keyArn(request, candidate) === wanted,
  );
  if (!key) throw simulatedError('NotFoundException', `Key '${wanted}' does not exist`, 400);
  return key;
}

function defaultKeyPolicy({ caller }: SimulatedRequest) {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${caller.id}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/** Simulated KMS: the keys of each region (`services.data.regions.<region>.kmsKeys`). */
export const simulatedKms = {
  ListKeys: (request): Answer<'ListKeys'> => {
    const keys = dataRegion(request.caller, request.region).kmsKeys ?? [];
    const size = boundedPageSize(request.input.Limit, 100, 1, 1000, 'Limit');
    const { items, next } = page(keys, request.input.Marker, size);
    return {
      Keys: items.map((key) => ({ KeyId: key.id, KeyArn: keyArn(request, key) })),
      Truncated: next !== undefined,
      ...(next ? { NextMarker: next } : {}),
    };
  },
  DescribeKey: (request): Answer<'DescribeKey'> => {
    const key = findKey(request);
    const state = key.state ?? 'Enabled';
    return {
      KeyMetadata: {
        AWSAccountId: request.caller.id,
        KeyId: key.id,
        Arn: keyArn(request, key),
        Enabled: state === 'Enabled',
        KeyState: state,
        KeyManager: key.manager ?? 'CUSTOMER',
        KeySpec: (key.keySpec ?? 'SYMMETRIC_DEFAULT') as Kms.KeySpec,
        KeyUsage: (key.keyUsage ?? 'ENCRYPT_DECRYPT') as Kms.KeyUsageType,
        Origin: key.origin ?? 'AWS_KMS',
        MultiRegion: false,
      },
    };
  },
  GetKeyRotationStatus: (request): Answer<'GetKeyRotationStatus'> => {
    const key = findKey(request);
    const state = key.state ?? 'Enabled';
    if (state === 'PendingDeletion' || state === 'PendingImport') {
      throw simulatedError('KMSInvalidStateException', `${keyArn(request, key)} is ${state}`, 400);
    }
    if (
      (key.keySpec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT' ||
      (key.origin ?? 'AWS_KMS') !== 'AWS_KMS'
    ) {
      throw simulatedError(
        'UnsupportedOperationException',
        `${keyArn(request, key)} does not support automatic rotation`,
        400,
      );
    }
    const enabled = key.manager === 'AWS' || (key.rotationEnabled ?? false);
    return {
      KeyId: keyArn(request, key),
      KeyRotationEnabled: enabled,
      ...(enabled ? { RotationPeriodInDays: 365 } : {}),
    };
  },
  GetKeyPolicy: (request): Answer<'GetKeyPolicy'> => {
    const key = findKey(request);
    if ((request.input.PolicyName ?? 'default') !== 'default') {
      throw simulatedError('NotFoundException', `No such policy: ${request.input.PolicyName}`, 400);
    }
    return { Policy: JSON.stringify(key.policy ?? defaultKeyPolicy(request)), PolicyName: 'default' };
  },
} satisfies SimulatedService<typeof Kms>;
