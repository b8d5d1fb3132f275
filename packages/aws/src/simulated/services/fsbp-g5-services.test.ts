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
