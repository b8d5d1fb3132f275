import { describe, expect, it } from 'vitest';
import { cloudTrailTrail, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import { cloudtrailS3ObjectReadsLogged } from './cloudtrail-s3-object-reads-logged.js';

const member = (trails: CloudTrailTrail[]) =>
  new InventoryBuilder().regional('us-east-1', 'cloudtrail.trails', trails).build();
const noOrgTrail = { management: { inventory: new InventoryBuilder().build() } };

describe('cloudtrail-s3-object-reads-logged', () => {
  it('passes on a multi-region trail recording S3 object reads for all buckets', () => {
    const trail = cloudTrailTrail({ s3DataEvents: { read: true, write: false } });
    expect(evaluate(cloudtrailS3ObjectReadsLogged, member([trail]), { org: noOrgTrail })).toMatchObject([
      { status: 'PASS' },
    ]);
  });

  it('fails when the trails record writes only', () => {
    const trail = cloudTrailTrail({ s3DataEvents: { read: false, write: true } });
    const [finding] = evaluate(cloudtrailS3ObjectReadsLogged, member([trail]), { org: noOrgTrail });
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('does not record S3 object read events for all buckets');
  });

  it('fails an account without any trail', () => {
    expect(evaluate(cloudtrailS3ObjectReadsLogged, member([]), { org: noOrgTrail })).toMatchObject([
      { status: 'FAIL' },
    ]);
  });

  it('is an ERROR with the AWS code when the trails could not be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'cloudtrail.trails', 'AccessDenied')
      .build();
    expect(evaluate(cloudtrailS3ObjectReadsLogged, inventory, { org: noOrgTrail })).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
