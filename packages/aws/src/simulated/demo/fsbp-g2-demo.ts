import type { AccountServices } from '../state/account-services.js';

/**
 * The demo organization's RDS clusters, further RDS instances, RDS event subscriptions, ElastiCache and
 * Redshift clusters (FSBP group g2), in prod-data's us-east-1 (and one subscription in shared-services's
 * us-west-2). Beside them, data-demo.ts's three instances (orders-db, analytics-db, reporting-aurora-1)
 * keep AWS's defaults for everything else: no deletion protection, no Enhanced Monitoring, one day of
 * backups, default master usernames and ports, no logs published.
 * - instances: billing-db (PostgreSQL) does everything right; crm-db and crm-reports (SQL Server) publish
 *   all / only part of their logs; cms-db (MariaDB) publishes the logs RDS.42 asks for but not all RDS.9
 *   does; its read replica publishes only errors and keeps no backups (replicas are not judged on them)
 * - clusters: shop (Aurora MySQL), metrics (Aurora PostgreSQL), ledger (Multi-AZ PostgreSQL) and events
 *   (Multi-AZ MySQL) do everything right; shop-archive, reporting, ledger-staging and events-staging keep
 *   AWS's defaults or turn settings off
 * - ports: billing-db, crm-db and the clusters shop, metrics, ledger and events listen on non-default ports,
 *   every other instance and cluster on its engine's default
 * - snapshots: orders-db-export is public and unencrypted; billing-db's manual and automated snapshots are
 *   encrypted and private; shop-before-migration is shared with shared-services only
 * - proxies: billing-proxy requires TLS, orders-proxy keeps CreateDBProxy's default (it does not)
 * - event subscriptions: prod-data's us-east-1 covers critical instance and parameter group events but only
 *   failures of clusters; shared-services's us-west-2 covers security group events only
 * - ElastiCache: cart (Redis OSS 7.1, two nodes) does everything right; rate-limits (5.0.6) requires AUTH
 *   and encrypts but has no failover; legacy-sessions (5.0.6) keeps every default (no failover, encryption,
 *   AUTH or backups, the default subnet group) and refuses minor upgrades; page-cache (Memcached) sits in
 *   the default subnet group
 * - Redshift: warehouse does everything right; warehouse-dev is public, unencrypted, keeps one day of
 *   snapshots, refuses major upgrades, routes outside the VPC, runs as awsuser in one Availability Zone and
 *   logs nothing
 */
const PROD_DATA = '555555555555';
const SHARED_SERVICES = '999999999999';

/** What a well-run instance sets beyond the engine. */
const COMPLIANT_INSTANCE = {
  storageEncrypted: true,
  autoMinorVersionUpgrade: true,
  publiclyAccessible: false,
  multiAz: true,
  deletionProtection: true,
  monitoringInterval: 60,
  iamDatabaseAuthenticationEnabled: true,
  backupRetentionPeriod: 14,
  copyTagsToSnapshot: true,
};

/** What a well-run cluster sets beyond the engine and its logs. */
const COMPLIANT_CLUSTER = {
  deletionProtection: true,
  iamDatabaseAuthenticationEnabled: true,
  multiAz: true,
  copyTagsToSnapshot: true,
  storageEncrypted: true,
};

const STATES: Readonly<Record<string, Pick<AccountServices, 'rds' | 'redshift' | 'elasticache'>>> = {
  [PROD_DATA]: {
    rds: {
      regions: {
        'us-east-1': {
          dbInstances: [
            {
              identifier: 'billing-db',
              engine: 'postgres',
              ...COMPLIANT_INSTANCE,
              port: 6432,
              masterUsername: 'billing_owner',
              cloudwatchLogsExports: ['postgresql', 'upgrade'],
            },
            {
              identifier: 'crm-db',
              engine: 'sqlserver-se',
              ...COMPLIANT_INSTANCE,
              port: 14330,
              masterUsername: 'crm_owner',
              cloudwatchLogsExports: ['agent', 'error'],
            },
            {
              identifier: 'crm-reports',
              engine: 'sqlserver-web',
              ...COMPLIANT_INSTANCE,
              masterUsername: 'crm_reader',
              cloudwatchLogsExports: ['error'],
            },
            {
              identifier: 'cms-db',
              engine: 'mariadb',
              ...COMPLIANT_INSTANCE,
              masterUsername: 'cms_owner',
              cloudwatchLogsExports: ['audit', 'error'],
            },
            {
              identifier: 'cms-replica',
              engine: 'mariadb',
              ...COMPLIANT_INSTANCE,
              readReplicaSourceIdentifier: 'cms-db',
              backupRetentionPeriod: 0,
              masterUsername: 'cms_owner',
              cloudwatchLogsExports: ['error'],
            },
          ],
          dbSnapshots: [
            { identifier: 'billing-db-before-upgrade', encrypted: true },
            { identifier: 'orders-db-export', encrypted: false, restorableBy: ['all'] },
            { identifier: 'rds:billing-db-2026-06-01', snapshotType: 'automated', encrypted: true },
          ],
          clusterSnapshots: [
            { identifier: 'shop-before-migration', encrypted: true, restorableBy: [SHARED_SERVICES] },
          ],
          proxies: [
            { name: 'billing-proxy', engineFamily: 'POSTGRESQL', requireTls: true },
            { name: 'orders-proxy', engineFamily: 'MYSQL' },
          ],
          eventSubscriptions: [
            {
              name: 'instance-alerts',
              sourceType: 'db-instance',
              eventCategories: ['maintenance', 'configuration change', 'failure'],
            },
            { name: 'cluster-alerts', sourceType: 'db-cluster', eventCategories: ['failure'] },
            {
              name: 'parameter-group-alerts',
              sourceType: 'db-parameter-group',
              eventCategories: ['configuration change'],
            },
          ],
          dbClusters: [
            {
              identifier: 'shop',
              engine: 'aurora-mysql',
              ...COMPLIANT_CLUSTER,
              port: 13306,
              backtrackWindow: 86400,
              masterUsername: 'shop_owner',
              cloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
            },
            { identifier: 'shop-archive', engine: 'aurora-mysql', backtrackWindow: 0 },
            {
              identifier: 'metrics',
              engine: 'aurora-postgresql',
              ...COMPLIANT_CLUSTER,
              port: 15432,
              masterUsername: 'metrics_owner',
              cloudwatchLogsExports: ['postgresql'],
            },
            // The cluster of data-demo.ts's reporting-aurora-1.
            { identifier: 'reporting', engine: 'aurora-postgresql', storageEncrypted: true },
            {
              identifier: 'ledger',
              engine: 'postgres',
              ...COMPLIANT_CLUSTER,
              port: 15432,
              masterUsername: 'ledger_owner',
              autoMinorVersionUpgrade: true,
            },
            {
              identifier: 'ledger-staging',
              engine: 'postgres',
              ...COMPLIANT_CLUSTER,
              masterUsername: 'ledger_owner',
              copyTagsToSnapshot: false,
              autoMinorVersionUpgrade: false,
            },
            {
              identifier: 'events',
              engine: 'mysql',
              ...COMPLIANT_CLUSTER,
              port: 13306,
              masterUsername: 'events_owner',
            },
            {
              identifier: 'events-staging',
              engine: 'mysql',
              ...COMPLIANT_CLUSTER,
              masterUsername: 'events_owner',
              copyTagsToSnapshot: false,
            },
          ],
        },
      },
    },
    elasticache: {
      regions: {
        'us-east-1': {
          replicationGroups: [
            {
              id: 'cart',
              memberCount: 2,
              automaticFailover: 'enabled',
              atRestEncryptionEnabled: true,
              transitEncryptionEnabled: true,
              authTokenEnabled: true,
              snapshotRetentionLimit: 7,
              cacheSubnetGroupName: 'cache-private',
            },
            {
              id: 'rate-limits',
              engineVersion: '5.0.6',
              automaticFailover: 'disabled',
              atRestEncryptionEnabled: true,
              transitEncryptionEnabled: true,
              authTokenEnabled: true,
              snapshotRetentionLimit: 1,
              cacheSubnetGroupName: 'cache-private',
            },
            { id: 'legacy-sessions', engineVersion: '5.0.6', autoMinorVersionUpgrade: false },
          ],
          cacheClusters: [{ id: 'page-cache', engine: 'memcached' }],
        },
      },
    },
    redshift: {
      regions: {
        'us-east-1': {
          clusters: [
            {
              identifier: 'warehouse',
              publiclyAccessible: false,
              encrypted: true,
              automatedSnapshotRetentionPeriod: 7,
              allowVersionUpgrade: true,
              enhancedVpcRouting: true,
              masterUsername: 'warehouse_admin',
              multiAz: true,
              auditLogging: true,
            },
            {
              identifier: 'warehouse-dev',
              publiclyAccessible: true,
              encrypted: false,
              allowVersionUpgrade: false,
            },
          ],
        },
      },
    },
  },
  [SHARED_SERVICES]: {
    rds: {
      regions: {
        'us-west-2': {
          eventSubscriptions: [
            {
              name: 'security-group-alerts',
              sourceType: 'db-security-group',
              eventCategories: ['configuration change', 'failure'],
            },
          ],
        },
      },
    },
  },
};

/** The account's g2 areas (RDS, Redshift, ElastiCache); an empty object when the demo plants nothing there. */
export function demoFsbpG2Services(
  accountId: string,
): Pick<AccountServices, 'rds' | 'redshift' | 'elasticache'> {
  return STATES[accountId] ?? {};
}
