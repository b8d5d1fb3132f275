import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { cloudtrailTrailLogValidationEnabled } from './cloudtrail-trail-log-validation-enabled.js';

describe('cloudtrail-trail-log-validation-enabled', () => {
  it('judges each trail homed in the account, in every region', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [cloudTrailTrail()])
      .regional('us-west-2', 'cloudtrail.trails', [
        cloudTrailTrail({ name: 'sandbox', homeRegion: 'us-west-2', logFileValidationEnabled: false }),
      ])
      .build();
    const findings = evaluate(cloudtrailTrailLogValidationEnabled, inventory);
    expect(findings.map((f) => [f.resourceId, f.resourceType, f.status])).toEqual([
      ['arn:aws:cloudtrail:us-east-1:111111111111:trail/main-trail', 'AwsCloudTrailTrail', 'PASS'],
      ['arn:aws:cloudtrail:us-west-2:111111111111:trail/sandbox', 'AwsCloudTrailTrail', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('sandbox does not validate its log files');
  });

  it('passes on the account when no trail is homed there (organization trails are judged where they live)', () => {
    const inventory = new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', []).build();
    expect(evaluate(cloudtrailTrailLogValidationEnabled, inventory)).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account' },
    ]);
  });

  it('reports each unreadable region as an ERROR next to the trails it could read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [cloudTrailTrail()])
      .regionalError('sa-east-1', 'cloudtrail.trails', 'AccessDenied', 'cloudtrail:DescribeTrails')
      .build();
    expect(
      evaluate(cloudtrailTrailLogValidationEnabled, inventory).map((f) => [
        f.resourceId,
        f.status,
        f.errorCode,
      ]),
    ).toEqual([
      ['arn:aws:cloudtrail:us-east-1:111111111111:trail/main-trail', 'PASS', null],
      ['arn:aws:account::111111111111:account/sa-east-1', 'ERROR', 'AccessDenied'],
    ]);
  });

  it('does not claim "no trails" when the only region could not be read', () => {
    const inventory = new InventoryBuilder().regionalError('us-east-1', 'cloudtrail.trails').build();
    expect(evaluate(cloudtrailTrailLogValidationEnabled, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
