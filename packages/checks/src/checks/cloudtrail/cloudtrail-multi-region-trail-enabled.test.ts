import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, FIXTURE_ORG, InventoryBuilder } from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { cloudtrailMultiRegionTrailEnabled } from './cloudtrail-multi-region-trail-enabled.js';

const MANAGEMENT = FIXTURE_ORG.managementAccountId!;
const orgTrail = (fields: Partial<CloudTrailTrail> = {}) =>
  cloudTrailTrail({ name: 'org-trail', ownerAccountId: MANAGEMENT, isOrganizationTrail: true, ...fields });

const account = (trails: CloudTrailTrail[], other: CloudTrailTrail[] = []) =>
  new InventoryBuilder()
    .regional('us-east-1', 'cloudtrail.trails', trails)
    .regional('eu-west-1', 'cloudtrail.trails', other)
    .build();
const management = (trails: CloudTrailTrail[]) => ({
  management: {
    inventory: new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', trails).build(),
  },
});

describe('cloudtrail-multi-region-trail-enabled', () => {
  it("passes on the account's own multi-region trail that logs all management events", () => {
    const [finding, ...rest] = evaluate(cloudtrailMultiRegionTrailEnabled, account([cloudTrailTrail()]), {
      org: management([]),
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: 'PASS',
      region: 'global',
      resourceType: 'AwsAccount',
      severity: 'high',
    });
    expect(finding?.message).toContain('arn:aws:cloudtrail:us-east-1:111111111111:trail/main-trail');
  });

  it('passes a member covered by the organization trail of the management account', () => {
    const [finding] = evaluate(cloudtrailMultiRegionTrailEnabled, account([]), {
      org: management([orgTrail()]),
    });
    expect(finding).toMatchObject({ status: 'PASS', evidence: { organizationTrail: true } });
    expect(finding?.message).toBe(
      `Covered by organization trail arn:aws:cloudtrail:us-east-1:${MANAGEMENT}:trail/org-trail: multi-region, logging, all management events.`,
    );
  });

  it("ignores the management account's trails that are not organization trails", () => {
    const [finding] = evaluate(cloudtrailMultiRegionTrailEnabled, account([]), {
      org: management([orgTrail({ isOrganizationTrail: false })]),
    });
    expect(finding).toMatchObject({ status: 'FAIL' });
    expect(finding?.message).toContain('(the account has no trail)');
  });

  it('fails when no trail is found, and names why each trail falls short', () => {
    const trails = [
      cloudTrailTrail({ name: 'regional', isMultiRegion: false }),
      cloudTrailTrail({ name: 'stopped', isLogging: false }),
      cloudTrailTrail({ name: 'writes', managementEvents: 'write-only' }),
      cloudTrailTrail({ name: 'data-only', managementEvents: 'none' }),
    ];
    const [finding] = evaluate(cloudtrailMultiRegionTrailEnabled, account(trails), {
      org: management([orgTrail({ excludedManagementEventSources: ['rdsdata.amazonaws.com'] })]),
    });
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('org-trail excludes management events from rdsdata.amazonaws.com');
    expect(finding?.message).toContain('trail/regional is single-region');
    expect(finding?.message).toContain('trail/stopped is not logging');
    expect(finding?.message).toContain('trail/writes records write-only management events only');
    expect(finding?.message).toContain('trail/data-only records no management events');
  });

  it('finds a trail homed in any region', () => {
    const homedElsewhere = cloudTrailTrail({ homeRegion: 'eu-west-1' });
    expect(
      evaluate(cloudtrailMultiRegionTrailEnabled, account([], [homedElsewhere]), { org: management([]) }),
    ).toMatchObject([{ status: 'PASS' }]);
  });

  it('is an ERROR, not a FAIL, when a region with no qualifying trail could not be read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [])
      .regionalError('sa-east-1', 'cloudtrail.trails', 'AccessDenied', 'cloudtrail:DescribeTrails')
      .build();
    const [finding] = evaluate(cloudtrailMultiRegionTrailEnabled, inventory, { org: management([]) });
    expect(finding).toMatchObject({ status: 'ERROR', errorCode: 'AccessDenied' });
    expect(finding?.message).toContain('sa-east-1 (cloudtrail:DescribeTrails: AccessDenied)');
  });

  it('still passes on a qualifying trail when another region could not be read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [cloudTrailTrail()])
      .regionalError('sa-east-1', 'cloudtrail.trails')
      .build();
    expect(evaluate(cloudtrailMultiRegionTrailEnabled, inventory, { org: management([]) })).toMatchObject([
      { status: 'PASS' },
    ]);
  });

  it('is an ERROR when the management inventory could not be read and the member has no trail', () => {
    const denied = { error: { code: 'AccessDenied', message: 'denied', operation: 'sts:AssumeRole' } };
    expect(
      evaluate(cloudtrailMultiRegionTrailEnabled, account([]), { org: { management: denied } }),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });

  it('judges the management account on its own trails, without needing the organization inventory', () => {
    const own = account([
      orgTrail({
        ownerAccountId: '111111111111',
        arn: 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org',
      }),
    ]);
    expect(
      evaluate(cloudtrailMultiRegionTrailEnabled, own, {
        account: { isManagementAccount: true },
        org: { managementAccountId: '111111111111', management: null },
      }),
    ).toMatchObject([{ status: 'PASS' }]);
  });

  it('treats a region where CloudTrail is not offered as having no trail', () => {
    const inventory = new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', []).build();
    const notOffered = {
      ...inventory,
      regions: {
        ...inventory.regions,
        'xx-test-1': {
          'cloudtrail.trails': {
            ok: false as const,
            error: { code: 'X', message: 'not offered', operation: 'x', notApplicable: true },
          },
        },
      },
    };
    expect(evaluate(cloudtrailMultiRegionTrailEnabled, notOffered, { org: management([]) })).toMatchObject([
      { status: 'FAIL' },
    ]);
  });
});
