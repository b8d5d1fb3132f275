import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, rdsInstance } from '../../fixtures/index.js';
import type { RdsInstance } from '../../inventory/rds.js';
import type { CheckDefinition } from '../../model/check-definition.js';
import { rdsInstanceAutomaticBackupsEnabled } from './rds-instance-automatic-backups-enabled.js';
import { rdsInstanceCopyTagsToSnapshotEnabled } from './rds-instance-copy-tags-to-snapshot-enabled.js';
import { rdsInstanceCustomAdminUsername } from './rds-instance-custom-admin-username.js';
import { rdsInstanceDeletionProtectionEnabled } from './rds-instance-deletion-protection-enabled.js';
import { rdsInstanceEnhancedMonitoringEnabled } from './rds-instance-enhanced-monitoring-enabled.js';
import { rdsInstanceIamAuthenticationEnabled } from './rds-instance-iam-authentication-enabled.js';
import { rdsInstanceLogsExported } from './rds-instance-logs-exported.js';
import { rdsMariadbInstanceLogsExported } from './rds-mariadb-instance-logs-exported.js';
import { rdsPostgresqlInstanceLogsExported } from './rds-postgresql-instance-logs-exported.js';
import { rdsSqlserverInstanceLogsExported } from './rds-sqlserver-instance-logs-exported.js';

const run = (check: CheckDefinition, ...instances: RdsInstance[]) =>
  evaluate(check, new InventoryBuilder().regional('us-east-1', 'rds.instances', instances).build());

const statuses = (check: CheckDefinition, ...instances: RdsInstance[]) =>
  run(check, ...instances).map((f) => [f.resourceId.split(':').pop(), f.status]);

const sqlserver: Partial<RdsInstance> = { engine: 'sqlserver-se', cloudwatchLogsExports: ['agent', 'error'] };
const mariadb: Partial<RdsInstance> = {
  engine: 'mariadb',
  cloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
};

describe.each([
  [rdsInstanceEnhancedMonitoringEnabled, {}, { monitoringInterval: 0 }, 'Enhanced Monitoring off'],
  [rdsInstanceDeletionProtectionEnabled, {}, { deletionProtection: false }, 'deletion protection off'],
  [rdsInstanceLogsExported, {}, { cloudwatchLogsExports: ['postgresql'] }, 'does not publish upgrade logs'],
  [
    rdsInstanceIamAuthenticationEnabled,
    {},
    { iamDatabaseAuthenticationEnabled: false },
    'IAM database authentication off',
  ],
  [rdsInstanceAutomaticBackupsEnabled, {}, { backupRetentionPeriod: 0 }, 'automated backups off'],
  [rdsInstanceCopyTagsToSnapshotEnabled, {}, { copyTagsToSnapshot: false }, 'does not copy its tags'],
  [rdsInstanceCustomAdminUsername, {}, { masterUsername: 'postgres' }, 'default master username postgres'],
  [rdsPostgresqlInstanceLogsExported, {}, { cloudwatchLogsExports: [] }, 'does not publish its postgresql'],
  [
    rdsSqlserverInstanceLogsExported,
    sqlserver,
    { ...sqlserver, cloudwatchLogsExports: ['error'] },
    'does not publish its agent logs',
  ],
  [
    rdsMariadbInstanceLogsExported,
    mariadb,
    { ...mariadb, cloudwatchLogsExports: ['general'] },
    'does not publish its audit, error logs',
  ],
] as const)('%s', (check, goodFields, badFields, failText) => {
  it('passes the region when it has no DB instance', () => {
    expect(run(check)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes the compliant instance and fails the other, naming it', () => {
    const good = rdsInstance('good', goodFields);
    const bad = rdsInstance('bad', badFields);
    expect(statuses(check, good, bad)).toEqual([
      ['good', 'PASS'],
      ['bad', 'FAIL'],
    ]);
    const failed = run(check, bad)[0];
    expect(failed).toMatchObject({ resourceType: 'AwsRdsDbInstance' });
    expect(failed?.message).toContain('DB instance bad');
    expect(failed?.message).toContain(failText);
  });

  it('is an ERROR when the instances cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'rds.instances', 'AccessDenied', 'rds:DescribeDBInstances')
      .build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});

describe('engine and state scoping', () => {
  it('RDS.8 judges the listed engines only: an Aurora member is left to its cluster', () => {
    const aurora = rdsInstance('aurora-1', {
      engine: 'aurora-mysql',
      clusterIdentifier: 'shop',
      deletionProtection: false,
    });
    const oracle = rdsInstance('ledger', { engine: 'oracle-ee-cdb', deletionProtection: false });
    expect(statuses(rdsInstanceDeletionProtectionEnabled, aurora, oracle)).toEqual([['ledger', 'FAIL']]);
    expect(run(rdsInstanceDeletionProtectionEnabled, aurora)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('RDS.9 asks each engine family for its own log types and leaves engines it does not list alone', () => {
    const oracle = rdsInstance('ledger', {
      engine: 'oracle-se2',
      cloudwatchLogsExports: ['alert', 'audit', 'trace'],
    });
    const sqlserver = rdsInstance('crm', {
      engine: 'sqlserver-ex',
      cloudwatchLogsExports: ['error', 'agent'],
    });
    const auroraPostgres = rdsInstance('reporting-1', {
      engine: 'aurora-postgresql',
      cloudwatchLogsExports: ['postgresql'],
    });
    const mysql = rdsInstance('orders', { engine: 'mysql', cloudwatchLogsExports: ['error', 'slowquery'] });
    const db2 = rdsInstance('mainframe', { engine: 'db2-se', cloudwatchLogsExports: [] });
    expect(statuses(rdsInstanceLogsExported, oracle, sqlserver, auroraPostgres, mysql, db2)).toEqual([
      ['ledger', 'FAIL'],
      ['crm', 'PASS'],
      ['reporting-1', 'PASS'],
      ['orders', 'FAIL'],
    ]);
    expect(run(rdsInstanceLogsExported, mysql)[0]).toMatchObject({
      message: expect.stringContaining('audit, general'),
      evidence: { missing: ['audit', 'general'] },
    });
  });

  it('RDS.10 judges MySQL, MariaDB and PostgreSQL-family instances in a running state only', () => {
    const sqlserver = rdsInstance('crm', { engine: 'sqlserver-se', iamDatabaseAuthenticationEnabled: false });
    const stopped = rdsInstance('idle', { status: 'stopped', iamDatabaseAuthenticationEnabled: false });
    const full = rdsInstance('full', { status: 'storage-full', iamDatabaseAuthenticationEnabled: false });
    expect(statuses(rdsInstanceIamAuthenticationEnabled, sqlserver, stopped, full)).toEqual([
      ['full', 'FAIL'],
    ]);
  });

  it('RDS.11 fails a retention below 7 days, passes 7, and leaves read replicas alone', () => {
    const six = rdsInstance('six', { backupRetentionPeriod: 6 });
    const seven = rdsInstance('seven', { backupRetentionPeriod: 7 });
    const replica = rdsInstance('replica', { backupRetentionPeriod: 0, readReplicaSource: 'seven' });
    expect(statuses(rdsInstanceAutomaticBackupsEnabled, six, seven, replica)).toEqual([
      ['six', 'FAIL'],
      ['seven', 'PASS'],
    ]);
    expect(run(rdsInstanceAutomaticBackupsEnabled, six)[0]?.message).toContain('6 days, fewer than 7');
  });

  it('RDS.25 fails admin whatever its case, and leaves cluster members, Neptune and DocumentDB alone', () => {
    const admin = rdsInstance('orders', { engine: 'mysql', masterUsername: 'Admin' });
    const member = rdsInstance('aurora-1', { clusterIdentifier: 'shop', masterUsername: 'admin' });
    const neptune = rdsInstance('graph-1', { engine: 'neptune', masterUsername: 'admin' });
    const custom = rdsInstance('billing', { masterUsername: 'billing_owner' });
    expect(statuses(rdsInstanceCustomAdminUsername, admin, member, neptune, custom)).toEqual([
      ['orders', 'FAIL'],
      ['billing', 'PASS'],
    ]);
  });

  it.each([
    [rdsPostgresqlInstanceLogsExported, 'RDS for PostgreSQL'],
    [rdsSqlserverInstanceLogsExported, 'RDS for SQL Server'],
    [rdsMariadbInstanceLogsExported, 'RDS for MariaDB'],
  ] as const)('%s passes the region when no instance runs its engine', (check, family) => {
    const oracle = rdsInstance('ledger', { engine: 'oracle-ee', cloudwatchLogsExports: [] });
    expect(run(check, oracle)).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion', message: expect.stringContaining(family) },
    ]);
  });
});
