import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { isAutoRotatable, type KmsKey, type KmsKeyDetails, parsePolicyDocument } from '@orgscan/checks';
import type { CollectorContext, RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

async function collectKey(
  { api, region }: CollectorContext,
  id: string,
  listedArn: string | undefined,
): Promise<KmsKey> {
  const described = await readField('kms:DescribeKey', async () => {
    const { KeyMetadata: metadata } = await api.call(region, 'kms', new DescribeKeyCommand({ KeyId: id }));
    const details: KmsKeyDetails = {
      manager: metadata?.KeyManager === 'AWS' ? 'AWS' : 'CUSTOMER',
      keySpec: metadata?.KeySpec ?? 'SYMMETRIC_DEFAULT',
      keyUsage: metadata?.KeyUsage ?? 'ENCRYPT_DECRYPT',
      state: metadata?.KeyState ?? 'Unknown',
      origin: metadata?.Origin ?? 'AWS_KMS',
    };
    return { arn: metadata?.Arn, details };
  });
  const arn = (described.ok ? described.value.arn : undefined) ?? listedArn ?? id;
  const details = described.ok ? { ok: true as const, value: described.value.details } : described;
  // AWS-managed keys are rotated by AWS and their policies are AWS's: nothing to read for them.
  const customer = details.ok && details.value.manager === 'CUSTOMER';
  const [rotation, policy] = await Promise.all([
    details.ok && isAutoRotatable(details.value)
      ? readField('kms:GetKeyRotationStatus', async () => {
          const output = await api.call(region, 'kms', new GetKeyRotationStatusCommand({ KeyId: id }));
          return {
            enabled: output.KeyRotationEnabled ?? false,
            periodDays: output.RotationPeriodInDays ?? null,
          };
        })
      : null,
    customer
      ? readField('kms:GetKeyPolicy', async () => {
          const output = await api.call(
            region,
            'kms',
            new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' }),
          );
          return output.Policy ? parsePolicyDocument(output.Policy).statements : [];
        })
      : null,
  ]);
  return { id, arn, details, rotation, policy };
}

/** The region's KMS keys: ListKeys (all pages), then DescribeKey, rotation status and key policy per key. */
export const kmsKeysCollector: RegionalCollector<'kms.keys'> = {
  slice: 'kms.keys',
  collect: (ctx) =>
    collectList({
      listPage: (marker) =>
        ctx.api.call(ctx.region, 'kms', new ListKeysCommand({ Limit: 1000, Marker: marker })),
      nextToken: (page) => (page.Truncated ? page.NextMarker : undefined),
      items: (page) => page.Keys,
      entry: (key) => (key.KeyId ? collectKey(ctx, key.KeyId, key.KeyArn) : null),
    }),
};
