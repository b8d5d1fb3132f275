import { describe, expect, it } from 'vitest';
import { callSimulated } from '../../test-support/simulated-call.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import type { AccountServices } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const org = demoOrganization();
const base = org.accounts.find((account) => account.id === DEMO_ACCOUNTS.securityTooling)!;

function call(operation: string, services: AccountServices, input: object = {}, region = 'us-east-1') {
  const caller: SimulatedAccount = { ...base, services };
  return callSimulated(operation, { org, caller, region, input, now: NOW });
}

describe('simulated GuardDuty', () => {
  const services: AccountServices = {
    guardduty: {
      detectors: [
        {
          region: 'us-east-1',
          id: 'abc123',
          features: {
            S3_DATA_EVENTS: { status: 'ENABLED' },
            RUNTIME_MONITORING: { status: 'ENABLED', additional: { EKS_ADDON_MANAGEMENT: 'ENABLED' } },
          },
        },
        { region: 'eu-west-1', id: 'def456', status: 'DISABLED' },
      ],
    },
  };

  it('lists the detector of the region only, and none in a fresh account', () => {
    expect(call('guardduty:ListDetectors', services).DetectorIds).toEqual(['abc123']);
    expect(call('guardduty:ListDetectors', services, {}, 'eu-west-1').DetectorIds).toEqual(['def456']);
    expect(call('guardduty:ListDetectors', services, {}, 'ap-south-1').DetectorIds).toEqual([]);
    expect(call('guardduty:ListDetectors', {}).DetectorIds).toEqual([]);
  });

  it('answers GetDetector with every feature: planted ones, foundational ones on, the rest off', () => {
    const detector = call('guardduty:GetDetector', services, { DetectorId: 'abc123' });
    expect(detector.Status).toBe('ENABLED');
    const byName = Object.fromEntries(
      detector.Features.map(
        (feature: { Name: string; Status: string; AdditionalConfiguration?: unknown }) => [
          feature.Name,
          [feature.Status, feature.AdditionalConfiguration ?? null],
        ],
      ),
    );
    expect(byName.CLOUD_TRAIL).toEqual(['ENABLED', null]);
    expect(byName.S3_DATA_EVENTS).toEqual(['ENABLED', null]);
    expect(byName.EKS_AUDIT_LOGS).toEqual(['DISABLED', null]);
    expect(byName.RUNTIME_MONITORING).toEqual([
      'ENABLED',
      [expect.objectContaining({ Name: 'EKS_ADDON_MANAGEMENT', Status: 'ENABLED' })],
    ]);
    expect(call('guardduty:GetDetector', services, { DetectorId: 'def456' }, 'eu-west-1').Status).toBe(
      'DISABLED',
    );
  });

  it('rejects a detector id of another region like GuardDuty (BadRequestException)', () => {
    expect(() => call('guardduty:GetDetector', services, { DetectorId: 'def456' })).toThrow(
      expect.objectContaining({ name: 'BadRequestException' }),
    );
  });
});

describe('simulated SQS encryption attributes', () => {
  it('reports SSE-SQS by default, none when turned off, and the key of SSE-KMS', () => {
    const queues: AccountServices = {
      data: {
        regions: {
          'us-east-1': {
            queues: [
              { name: 'default-sse' },
              { name: 'plain', encryption: 'none' },
              { name: 'kms', encryption: { kmsMasterKeyId: 'alias/q' } },
            ],
          },
        },
      },
    };
    const attributes = (name: string) =>
      call('sqs:GetQueueAttributes', queues, {
        QueueUrl: `https://sqs.us-east-1.amazonaws.com/${base.id}/${name}`,
        AttributeNames: ['SqsManagedSseEnabled', 'KmsMasterKeyId'],
      }).Attributes;
    expect(attributes('default-sse')).toEqual({ SqsManagedSseEnabled: 'true' });
    expect(attributes('plain')).toEqual({ SqsManagedSseEnabled: 'false' });
    expect(attributes('kms')).toEqual({ SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/q' });
  });
});

describe('simulated Secrets Manager', () => {
  const services: AccountServices = {
    secretsmanager: {
      secrets: [
        {
          region: 'us-east-1',
          name: 'db',
          createdDaysAgo: 100,
          rotationDays: 30,
          lastRotatedDaysAgo: 10,
          lastAccessedDaysAgo: 1,
        },
        { region: 'us-east-1', name: 'token', createdDaysAgo: 400 },
        { region: 'eu-west-1', name: 'elsewhere', createdDaysAgo: 1 },
      ],
    },
  };

  it("lists the region's secrets with rotation and dates as AWS reports them, paging with NextToken", () => {
    const first = call('secretsmanager:ListSecrets', services, { MaxResults: 1 });
    expect(first.SecretList).toHaveLength(1);
    const [db] = first.SecretList;
    expect(db).toMatchObject({
      Name: 'db',
      RotationEnabled: true,
      RotationRules: { AutomaticallyAfterDays: 30 },
      LastRotatedDate: new Date('2026-05-22T00:00:00Z'),
      NextRotationDate: new Date('2026-06-21T00:00:00Z'),
      LastAccessedDate: new Date('2026-05-31T00:00:00Z'),
    });
    expect(db.ARN).toMatch(
      new RegExp(`^arn:aws:secretsmanager:us-east-1:${base.id}:secret:db-[A-Za-z0-9_-]{6}$`),
    );
    const second = call('secretsmanager:ListSecrets', services, {
      MaxResults: 1,
      NextToken: first.NextToken,
    });
    expect(second.SecretList[0]).toMatchObject({
      Name: 'token',
      CreatedDate: new Date('2025-04-27T00:00:00Z'),
    });
    expect(second.SecretList[0].RotationEnabled).toBeUndefined();
    expect(second.SecretList[0].LastAccessedDate).toBeUndefined();
    expect(second.NextToken).toBeUndefined();
    expect(call('secretsmanager:ListSecrets', {}).SecretList).toEqual([]);
  });
});
