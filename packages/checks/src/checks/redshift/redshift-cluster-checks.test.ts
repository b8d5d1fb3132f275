import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, redshiftCluster } from '../../fixtures/index.js';
import type { RedshiftCluster } from '../../inventory/redshift.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { redshiftClusterAuditLoggingEnabled } from './redshift-cluster-audit-logging-enabled.js';
import { redshiftClusterAutomaticSnapshotsEnabled } from './redshift-cluster-automatic-snapshots-enabled.js';
import { redshiftClusterCustomAdminUsername } from './redshift-cluster-custom-admin-username.js';
import { redshiftClusterEncrypted } from './redshift-cluster-encrypted.js';
import { redshiftClusterEnhancedVpcRoutingEnabled } from './redshift-cluster-enhanced-vpc-routing-enabled.js';
import { redshiftClusterMajorVersionUpgradeAllowed } from './redshift-cluster-major-version-upgrade-allowed.js';
import { redshiftClusterMultiAzEnabled } from './redshift-cluster-multi-az-enabled.js';
import { redshiftClusterNotPubliclyAccessible } from './redshift-cluster-not-publicly-accessible.js';

const run = (check: CheckDefinition, ...clusters: RedshiftCluster[]) =>
  evaluate(check, new InventoryBuilder().regional('us-east-1', 'redshift.clusters', clusters).build());

const statuses = (check: CheckDefinition, ...clusters: RedshiftCluster[]) =>
  run(check, ...clusters).map((f) => [f.resourceId.split(':').pop(), f.status]);

describe.each([
  [redshiftClusterNotPubliclyAccessible, { publiclyAccessible: true }, 'is publicly accessible'],
  [
    redshiftClusterAutomaticSnapshotsEnabled,
    { automatedSnapshotRetentionPeriod: 0 },
    'automated snapshots off',
  ],
  [redshiftClusterMajorVersionUpgradeAllowed, { allowVersionUpgrade: false }, 'does not allow major version'],
  [
    redshiftClusterEnhancedVpcRoutingEnabled,
    { enhancedVpcRouting: false },
    'does not use enhanced VPC routing',
  ],
  [redshiftClusterCustomAdminUsername, { masterUsername: 'awsuser' }, 'default admin username awsuser'],
  [redshiftClusterEncrypted, { encrypted: false }, 'is not encrypted at rest'],
  [redshiftClusterMultiAzEnabled, { multiAz: false }, 'single Availability Zone'],
  [
    redshiftClusterAuditLoggingEnabled,
    { auditLoggingEnabled: { ok: true, value: false } },
    'audit logging off',
  ],
] as const)('%s', (check, badFields, failText) => {
  it('passes the region when it has no cluster', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant cluster and fails the other, naming it', () => {
    expect(statuses(check, redshiftCluster('good'), redshiftCluster('bad', badFields))).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    const failed = run(check, redshiftCluster('bad', badFields))[0];
    expect(failed).toMatchObject({ resourceType: 'AwsRedshiftCluster' });
    expect(failed?.message).toContain('Redshift cluster bad');
    expect(failed?.message).toContain(failText);
  });

  it('is an ERROR when the clusters cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'redshift.clusters', 'AccessDenied', 'redshift:DescribeClusters')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe('redshift-cluster-automatic-snapshots-enabled retention', () => {
  it('fails fewer than 7 days and passes 7', () => {
    const short = redshiftCluster('short', { automatedSnapshotRetentionPeriod: 1 });
    const week = redshiftCluster('week', { automatedSnapshotRetentionPeriod: 7 });
    expect(statuses(redshiftClusterAutomaticSnapshotsEnabled, short, week)).toEqual([
      ['short', 'FAIL'],
      ['week', 'PASS'],
    ]);
    expect(run(redshiftClusterAutomaticSnapshotsEnabled, short)[0]).toMatchObject({
      message: expect.stringContaining('1 day, fewer than 7'),
      evidence: { automatedSnapshotRetentionPeriod: 1, minimum: 7 },
    });
  });
});

describe('redshift-cluster-audit-logging-enabled when the logging status cannot be read', () => {
  it('is an ERROR for that cluster only, with the AWS code', () => {
    const unreadable = redshiftCluster('locked', {
      auditLoggingEnabled: { ok: false, code: 'AccessDenied', operation: 'redshift:DescribeLoggingStatus' },
    });
    expect(run(redshiftClusterAuditLoggingEnabled, redshiftCluster('good'), unreadable)).toMatchObject([
      { status: 'PASS' },
      {
        status: 'ERROR',
        errorCode: 'AccessDenied',
        resourceId: unreadable.arn,
        message: expect.stringContaining('redshift:DescribeLoggingStatus failed with AccessDenied'),
      },
    ]);
  });
});
