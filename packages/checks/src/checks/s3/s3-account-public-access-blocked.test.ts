import { describe, expect, it } from 'vitest';
import { ALL_PUBLIC_ACCESS_BLOCKED, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { S3PublicAccessBlock } from '../../inventory/s3.js';
import { s3AccountPublicAccessBlocked } from './s3-account-public-access-blocked.js';

const run = (block: S3PublicAccessBlock | null) =>
  evaluate(
    s3AccountPublicAccessBlocked,
    new InventoryBuilder().global('s3control.publicAccessBlock', block).build(),
  );

describe('s3-account-public-access-blocked', () => {
  it('passes the account when all four account-level settings are on', () => {
    expect(run(ALL_PUBLIC_ACCESS_BLOCKED)).toMatchObject([
      {
        status: 'PASS',
        resourceType: 'AwsAccount',
        evidence: { configured: true, settingsOff: [] },
      },
    ]);
  });

  it('fails listing the settings that are off', () => {
    const [finding] = run({
      ...ALL_PUBLIC_ACCESS_BLOCKED,
      ignorePublicAcls: false,
      restrictPublicBuckets: false,
    });
    expect(finding).toMatchObject({
      status: 'FAIL',
      resourceType: 'AwsAccount',
      evidence: { configured: true, settingsOff: ['ignorePublicAcls', 'restrictPublicBuckets'] },
    });
    expect(finding?.message).toContain('ignorePublicAcls, restrictPublicBuckets off');
  });

  it('fails an account that never configured it, whatever its buckets say', () => {
    const [finding] = run(null);
    expect(finding).toMatchObject({
      status: 'FAIL',
      evidence: {
        configured: false,
        settingsOff: ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'],
      },
    });
    expect(finding?.message).toContain('never configured');
  });

  it('is an ERROR with the AWS code when the account-level setting cannot be read', () => {
    const inventory = new InventoryBuilder()
      .globalError('s3control.publicAccessBlock', 'AccessDenied', 's3control:GetPublicAccessBlock')
      .build();
    expect(evaluate(s3AccountPublicAccessBlocked, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', resourceType: 'AwsAccount' },
    ]);
  });
});
