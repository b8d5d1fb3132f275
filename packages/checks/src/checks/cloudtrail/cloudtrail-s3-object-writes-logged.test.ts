import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, FIXTURE_ORG, InventoryBuilder } from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { cloudtrailS3ObjectWritesLogged } from './cloudtrail-s3-object-writes-logged.js';

const member = (trails: CloudTrailTrail[]) =>
  new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', trails).build();
const org = (trails: CloudTrailTrail[]) => ({
  management: {
    inventory: new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', trails).build(),
  },
});
const orgTrail = cloudTrailTrail({
  name: 'org-trail',
  ownerAccountId: FIXTURE_ORG.managementAccountId!,
  isOrganizationTrail: true,
});

describe('cloudtrail-s3-object-writes-logged', () => {
  it('passes on a multi-region trail recording S3 object writes for all buckets', () => {
    const trail = cloudTrailTrail({ s3DataEvents: { read: false, write: true } });
    expect(evaluate(cloudtrailS3ObjectWritesLogged, member([trail]), { org: org([]) })).toMatchObject([
      { status: 'PASS', evidence: { trailArn: trail.arn } },
    ]);
  });

  it('passes a member through the organization trail', () => {
    const [finding] = evaluate(cloudtrailS3ObjectWritesLogged, member([]), { org: org([orgTrail]) });
    expect(finding?.status).toBe('PASS');
    expect(finding?.message).toMatch(/^Covered by organization trail/);
  });

  it('fails when only reads, only some buckets, a single region, or a stopped trail are recorded', () => {
    const trails = [
      cloudTrailTrail({ name: 'reads', s3DataEvents: { read: true, write: false } }),
      cloudTrailTrail({ name: 'none', s3DataEvents: null }),
      cloudTrailTrail({ name: 'regional', isMultiRegion: false }),
      cloudTrailTrail({ name: 'stopped', isLogging: false }),
    ];
    const [finding] = evaluate(cloudtrailS3ObjectWritesLogged, member(trails), { org: org([]) });
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('trail/reads does not record S3 object write events for all buckets');
    expect(finding?.message).toContain('trail/regional is single-region');
    expect(finding?.message).toContain('trail/stopped is not logging');
  });

  it('fails an account without any trail', () => {
    expect(evaluate(cloudtrailS3ObjectWritesLogged, member([]), { org: org([]) })).toMatchObject([
      { status: 'FAIL', message: expect.stringContaining('(the account has no trail)') },
    ]);
  });

  it('is an ERROR when nothing qualifies and some region could not be read', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'cloudtrail.trails', [])
      .regionalError('sa-east-1', 'cloudtrail.trails', 'AccessDenied')
      .build();
    expect(evaluate(cloudtrailS3ObjectWritesLogged, inventory, { org: org([]) })).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
