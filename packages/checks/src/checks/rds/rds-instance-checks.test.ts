import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, rdsInstance } from '../../fixtures/index.js';
import type { RdsInstance } from '../../inventory/rds.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { rdsInstanceAutoMinorVersionUpgradeEnabled } from './rds-instance-auto-minor-version-upgrade-enabled.js';
import { rdsInstanceMultiAzEnabled } from './rds-instance-multi-az-enabled.js';
import { rdsInstanceNotPubliclyAccessible } from './rds-instance-not-publicly-accessible.js';
import { rdsInstanceStorageEncrypted } from './rds-instance-storage-encrypted.js';

const run = (check: CheckDefinition, ...instances: RdsInstance[]) =>
  evaluate(check, new InventoryBuilder().regional('us-east-1', 'rds.instances', instances).build());

const statuses = (check: CheckDefinition, ...instances: RdsInstance[]) =>
  run(check, ...instances).map((f) => [f.resourceId.split(':').pop(), f.status]);

const good = rdsInstance('good');

describe.each([
  [rdsInstanceStorageEncrypted, { storageEncrypted: false }, 'is not encrypted at rest'],
  [
    rdsInstanceAutoMinorVersionUpgradeEnabled,
    { autoMinorVersionUpgrade: false },
    'auto minor version upgrade disabled',
  ],
  [rdsInstanceNotPubliclyAccessible, { publiclyAccessible: true }, 'is publicly accessible'],
  [rdsInstanceMultiAzEnabled, { multiAz: false }, 'single Availability Zone'],
] as const)('%s', (check, badFields, failText) => {
  it('passes the region when it has no DB instance', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant instance and fails the other, naming it', () => {
    const bad = rdsInstance('bad', badFields);
    expect(statuses(check, good, bad)).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    const failed = run(check, bad)[0];
    expect(failed).toMatchObject({ resourceType: 'AwsRdsDbInstance' });
    expect(failed?.message).toContain(`DB instance bad`);
    expect(failed?.message).toContain(failText);
  });

  it('is an ERROR when the instances cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'rds.instances', 'AccessDenied', 'rds:DescribeDBInstances')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe('rds-instance-multi-az-enabled for cluster members', () => {
  it('is MANUAL for an instance of a cluster, whose availability is the cluster', () => {
    const member = rdsInstance('aurora-1', {
      engine: 'aurora-postgresql',
      clusterIdentifier: 'reporting',
      multiAz: false,
    });
    expect(run(rdsInstanceMultiAzEnabled, member)).toMatchObject([
      { status: 'MANUAL', evidence: { cluster: 'reporting' } },
    ]);
  });
});
