import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { securityhubHubEnabled } from './securityhub-hub-enabled.js';

const HUB = {
  hubArn: 'arn:aws:securityhub:us-east-1:111111111111:hub/default',
  subscribedAt: '2025-01-01T00:00:00.000Z',
};

describe('securityhub-hub-enabled', () => {
  it('passes where the account is subscribed and fails where it is not, per region', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'securityhub.hub', HUB)
      .regional('eu-west-1', 'securityhub.hub', null)
      .build();
    const findings = evaluate(securityhubHubEnabled, inventory);
    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['eu-west-1', 'arn:aws:account::111111111111:account/eu-west-1', 'FAIL'],
      ['us-east-1', 'arn:aws:account::111111111111:account/us-east-1', 'PASS'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { hubArn: HUB.hubArn, subscribedAt: HUB.subscribedAt } });
  });

  it('is an ERROR where DescribeHub failed, SKIPPED where the data does not exist by fact', () => {
    const notOffered = {
      code: 'UnknownEndpoint',
      message: 'not offered',
      operation: 'securityhub:DescribeHub',
      notApplicable: true,
    };
    const inventory = new InventoryBuilder()
      .regionalError('sa-east-1', 'securityhub.hub', 'AccessDenied', 'securityhub:DescribeHub')
      .build();
    const withSkip = {
      ...inventory,
      regions: {
        ...inventory.regions,
        'me-south-1': { 'securityhub.hub': { ok: false as const, error: notOffered } },
      },
    };
    expect(evaluate(securityhubHubEnabled, withSkip).map((f) => [f.region, f.status, f.errorCode])).toEqual([
      ['me-south-1', 'SKIPPED', null],
      ['sa-east-1', 'ERROR', 'AccessDenied'],
    ]);
  });
});
