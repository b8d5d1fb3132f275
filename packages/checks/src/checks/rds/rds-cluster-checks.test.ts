import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, rdsCluster } from '../../fixtures/index.js';
import type { RdsCluster } from '../../inventory/rds.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { rdsAuroraClusterCopyTagsToSnapshotEnabled } from './rds-aurora-cluster-copy-tags-to-snapshot-enabled.js';
import { rdsAuroraMysqlClusterAuditLogsExported } from './rds-aurora-mysql-cluster-audit-logs-exported.js';
import { rdsAuroraMysqlClusterBacktrackingEnabled } from './rds-aurora-mysql-cluster-backtracking-enabled.js';
import { rdsAuroraPostgresqlClusterLogsExported } from './rds-aurora-postgresql-cluster-logs-exported.js';
import { rdsClusterAutoMinorVersionUpgradeEnabled } from './rds-cluster-auto-minor-version-upgrade-enabled.js';
import { rdsClusterCustomAdminUsername } from './rds-cluster-custom-admin-username.js';
import { rdsClusterDeletionProtectionEnabled } from './rds-cluster-deletion-protection-enabled.js';
import { rdsClusterIamAuthenticationEnabled } from './rds-cluster-iam-authentication-enabled.js';
import { rdsClusterMultiAzEnabled } from './rds-cluster-multi-az-enabled.js';
import { rdsClusterStorageEncrypted } from './rds-cluster-storage-encrypted.js';
import { rdsMysqlClusterCopyTagsToSnapshotEnabled } from './rds-mysql-cluster-copy-tags-to-snapshot-enabled.js';
import { rdsPostgresqlClusterCopyTagsToSnapshotEnabled } from './rds-postgresql-cluster-copy-tags-to-snapshot-enabled.js';

const run = (check: CheckDefinition, ...clusters: RdsCluster[]) =>
  evaluate(check, new InventoryBuilder().regional('us-east-1', 'rds.clusters', clusters).build());

const statuses = (check: CheckDefinition, ...clusters: RdsCluster[]) =>
  run(check, ...clusters).map((f) => [f.resourceId.split(':').pop(), f.status]);

const auroraPostgres: Partial<RdsCluster> = {
  engine: 'aurora-postgresql',
  backtrackWindow: 0,
  cloudwatchLogsExports: ['postgresql'],
};
const multiAzPostgres: Partial<RdsCluster> = {
  engine: 'postgres',
  backtrackWindow: 0,
  autoMinorVersionUpgrade: true,
};
const multiAzMysql: Partial<RdsCluster> = { ...multiAzPostgres, engine: 'mysql' };

describe.each([
  [rdsClusterDeletionProtectionEnabled, {}, { deletionProtection: false }, 'deletion protection off'],
  [
    rdsClusterIamAuthenticationEnabled,
    {},
    { iamDatabaseAuthenticationEnabled: false },
    'IAM database authentication off',
  ],
  [rdsAuroraMysqlClusterBacktrackingEnabled, {}, { backtrackWindow: 0 }, 'backtracking off'],
  [rdsClusterMultiAzEnabled, {}, { multiAz: false }, 'one Availability Zone'],
  [rdsAuroraClusterCopyTagsToSnapshotEnabled, {}, { copyTagsToSnapshot: false }, 'does not copy its tags'],
  [rdsClusterCustomAdminUsername, {}, { masterUsername: 'admin' }, 'default master username admin'],
  [rdsClusterStorageEncrypted, {}, { storageEncrypted: false }, 'is not encrypted at rest'],
  [
    rdsAuroraMysqlClusterAuditLogsExported,
    {},
    { cloudwatchLogsExports: ['error', 'slowquery'] },
    'does not publish its audit log',
  ],
  [
    rdsClusterAutoMinorVersionUpgradeEnabled,
    multiAzPostgres,
    { ...multiAzPostgres, autoMinorVersionUpgrade: false },
    'auto minor version upgrade off',
  ],
  [
    rdsAuroraPostgresqlClusterLogsExported,
    auroraPostgres,
    { ...auroraPostgres, cloudwatchLogsExports: [] },
    'does not publish its postgresql log',
  ],
  [
    rdsPostgresqlClusterCopyTagsToSnapshotEnabled,
    multiAzPostgres,
    { ...multiAzPostgres, copyTagsToSnapshot: false },
    'does not copy its tags',
  ],
  [
    rdsMysqlClusterCopyTagsToSnapshotEnabled,
    multiAzMysql,
    { ...multiAzMysql, copyTagsToSnapshot: false },
    'does not copy its tags',
  ],
] as const)('%s', (check, goodFields, badFields, failText) => {
  it('passes the region when it has no DB cluster', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant cluster and fails the other, naming it', () => {
    expect(statuses(check, rdsCluster('good', goodFields), rdsCluster('bad', badFields))).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    const failed = run(check, rdsCluster('bad', badFields))[0];
    expect(failed).toMatchObject({ resourceType: 'AwsRdsDbCluster' });
    expect(failed?.message).toContain('DB cluster bad');
    expect(failed?.message).toContain(failText);
  });

  it('is an ERROR when the clusters cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'rds.clusters', 'AccessDenied', 'rds:DescribeDBClusters')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe('engine scoping', () => {
  const neptune = rdsCluster('graph', {
    engine: 'neptune',
    masterUsername: 'admin',
    copyTagsToSnapshot: false,
  });
  const docdb = rdsCluster('documents', { engine: 'docdb', masterUsername: 'admin', backtrackWindow: 0 });

  it.each([
    [rdsClusterDeletionProtectionEnabled, { deletionProtection: false }],
    [rdsClusterIamAuthenticationEnabled, { iamDatabaseAuthenticationEnabled: false }],
    [rdsClusterMultiAzEnabled, { multiAz: false }],
    [rdsClusterStorageEncrypted, { storageEncrypted: false }],
  ] as const)('%s judges every cluster RDS lists, Neptune and DocumentDB included', (check, badFields) => {
    const graph = rdsCluster('graph', { engine: 'neptune', ...badFields });
    const documents = rdsCluster('documents', { engine: 'docdb', ...badFields });
    expect(statuses(check, graph, documents)).toEqual([
      ['graph', 'FAIL'],
      ['documents', 'FAIL'],
    ]);
  });

  it('RDS.24 leaves Neptune and DocumentDB clusters alone', () => {
    expect(run(rdsClusterCustomAdminUsername, neptune, docdb)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
    expect(statuses(rdsClusterCustomAdminUsername, rdsCluster('pg', { masterUsername: 'POSTGRES' }))).toEqual(
      [['pg', 'FAIL']],
    );
  });

  it('RDS.14 and RDS.34 judge Aurora MySQL only (aurora is Aurora MySQL 5.6)', () => {
    const legacy = rdsCluster('legacy', { engine: 'aurora', backtrackWindow: 0 });
    const pg = rdsCluster('pg', { ...auroraPostgres, cloudwatchLogsExports: [] });
    expect(statuses(rdsAuroraMysqlClusterBacktrackingEnabled, legacy, pg, docdb)).toEqual([
      ['legacy', 'FAIL'],
    ]);
    expect(run(rdsAuroraMysqlClusterAuditLogsExported, pg)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('RDS.34 leaves Aurora Serverless v1 clusters alone', () => {
    const serverless = rdsCluster('bursty', { engineMode: 'serverless', cloudwatchLogsExports: [] });
    expect(run(rdsAuroraMysqlClusterAuditLogsExported, serverless)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('RDS.16 judges Aurora clusters; RDS.47 and RDS.48 the Multi-AZ DB clusters of their engine', () => {
    const untaggedAurora = rdsCluster('shop', { copyTagsToSnapshot: false });
    const untaggedPg = rdsCluster('pg', { ...multiAzPostgres, copyTagsToSnapshot: false });
    const untaggedMysql = rdsCluster('my', { ...multiAzMysql, copyTagsToSnapshot: false });
    const all = [untaggedAurora, untaggedPg, untaggedMysql, neptune];
    expect(statuses(rdsAuroraClusterCopyTagsToSnapshotEnabled, ...all)).toEqual([['shop', 'FAIL']]);
    expect(statuses(rdsPostgresqlClusterCopyTagsToSnapshotEnabled, ...all)).toEqual([['pg', 'FAIL']]);
    expect(statuses(rdsMysqlClusterCopyTagsToSnapshotEnabled, ...all)).toEqual([['my', 'FAIL']]);
  });

  it('RDS.35 judges Multi-AZ DB clusters only: Aurora sets minor upgrades per instance', () => {
    const aurora = rdsCluster('shop', { autoMinorVersionUpgrade: null });
    expect(run(rdsClusterAutoMinorVersionUpgradeEnabled, aurora)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
    const unreported = rdsCluster('my', { ...multiAzMysql, autoMinorVersionUpgrade: null });
    expect(statuses(rdsClusterAutoMinorVersionUpgradeEnabled, unreported)).toEqual([['my', 'FAIL']]);
  });
});
