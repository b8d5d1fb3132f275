import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acctRegion, DEFAULT_REGIONS, type ExpectedFinding, SCP_DENIED_REGION } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** dev-sandbox also opted in to eu-south-1; an SCP denies it sa-east-1, where every read is AccessDenied. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  [management]: DEFAULT_REGIONS,
  [securityTooling]: DEFAULT_REGIONS,
  [logArchive]: DEFAULT_REGIONS,
  [prodWeb]: DEFAULT_REGIONS,
  [prodData]: DEFAULT_REGIONS,
  [devSandbox]: [...DEFAULT_REGIONS, 'eu-south-1'],
  [sharedServices]: DEFAULT_REGIONS,
};

const INSTANCE = {
  monitoring: 'rds-instance-enhanced-monitoring-enabled',
  deletion: 'rds-instance-deletion-protection-enabled',
  logs: 'rds-instance-logs-exported',
  iamAuth: 'rds-instance-iam-authentication-enabled',
  backups: 'rds-instance-automatic-backups-enabled',
  copyTags: 'rds-instance-copy-tags-to-snapshot-enabled',
  adminName: 'rds-instance-custom-admin-username',
  postgresLogs: 'rds-postgresql-instance-logs-exported',
  sqlserverLogs: 'rds-sqlserver-instance-logs-exported',
  mariadbLogs: 'rds-mariadb-instance-logs-exported',
} as const;

const SNAPSHOT = {
  public: 'rds-snapshot-not-public',
  encrypted: 'rds-snapshot-encrypted',
} as const;

const PROXY_TLS = 'rds-proxy-tls-required';

/** RDS.23 judges stand-alone instances and clusters in one check. */
const DEFAULT_PORT = 'rds-default-port-not-used';

const CLUSTER = {
  deletion: 'rds-cluster-deletion-protection-enabled',
  iamAuth: 'rds-cluster-iam-authentication-enabled',
  backtrack: 'rds-aurora-mysql-cluster-backtracking-enabled',
  multiAz: 'rds-cluster-multi-az-enabled',
  auroraCopyTags: 'rds-aurora-cluster-copy-tags-to-snapshot-enabled',
  adminName: 'rds-cluster-custom-admin-username',
  encrypted: 'rds-cluster-storage-encrypted',
  auroraMysqlAudit: 'rds-aurora-mysql-cluster-audit-logs-exported',
  minorUpgrade: 'rds-cluster-auto-minor-version-upgrade-enabled',
  auroraPostgresLogs: 'rds-aurora-postgresql-cluster-logs-exported',
  postgresCopyTags: 'rds-postgresql-cluster-copy-tags-to-snapshot-enabled',
  mysqlCopyTags: 'rds-mysql-cluster-copy-tags-to-snapshot-enabled',
} as const;

const EVENTS = {
  cluster: 'rds-cluster-event-notifications-configured',
  instance: 'rds-instance-event-notifications-configured',
  parameterGroup: 'rds-parameter-group-event-notifications-configured',
  securityGroup: 'rds-security-group-event-notifications-configured',
} as const;

const ELASTICACHE = {
  backups: 'elasticache-redis-automatic-backups-enabled',
  minorUpgrade: 'elasticache-cluster-auto-minor-version-upgrade-enabled',
  failover: 'elasticache-replication-group-automatic-failover-enabled',
  atRest: 'elasticache-replication-group-encrypted-at-rest',
  inTransit: 'elasticache-replication-group-encrypted-in-transit',
  auth: 'elasticache-replication-group-redis-auth-enabled',
  subnetGroup: 'elasticache-cluster-default-subnet-group-not-used',
} as const;

const REDSHIFT = {
  public: 'redshift-cluster-not-publicly-accessible',
  snapshots: 'redshift-cluster-automatic-snapshots-enabled',
  majorUpgrade: 'redshift-cluster-major-version-upgrade-allowed',
  vpcRouting: 'redshift-cluster-enhanced-vpc-routing-enabled',
  adminName: 'redshift-cluster-custom-admin-username',
  encrypted: 'redshift-cluster-encrypted',
  multiAz: 'redshift-cluster-multi-az-enabled',
  auditLogging: 'redshift-cluster-audit-logging-enabled',
} as const;

const db = (id: string) => `arn:aws:rds:us-east-1:${prodData}:db:${id}`;
const dbSnapshot = (id: string) => `arn:aws:rds:us-east-1:${prodData}:snapshot:${id}`;
const clusterSnapshot = (id: string) => `arn:aws:rds:us-east-1:${prodData}:cluster-snapshot:${id}`;
const dbCluster = (id: string) => `arn:aws:rds:us-east-1:${prodData}:cluster:${id}`;
const replicationGroup = (id: string) => `arn:aws:elasticache:us-east-1:${prodData}:replicationgroup:${id}`;
const cacheCluster = (id: string) => `arn:aws:elasticache:us-east-1:${prodData}:cluster:${id}`;
const warehouse = (id: string) => `arn:aws:redshift:us-east-1:${prodData}:cluster:${id}`;

type Status = 'PASS' | 'FAIL';

/** One resource's results, by check; a check it is out of scope for (engine, cluster member) is left out. */
function resourceRows(
  resourceId: string,
  results: Readonly<Record<string, Status>>,
): [string, string, Status][] {
  return Object.entries(results).map(([check, status]) => [check, resourceId, status]);
}

const ALL_PASS = (checks: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.values(checks).map((check) => [check, 'PASS'])) as Record<string, Status>;
const ALL_FAIL = (checks: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.values(checks).map((check) => [check, 'FAIL'])) as Record<string, Status>;

const I = INSTANCE;
const C = CLUSTER;

/** What the demo plants in prod-data's us-east-1 (fsbp-g2-demo.ts, and data-demo.ts's three instances). */
const PRODUCTION_DATA: [check: string, resourceId: string, status: Status][] = [
  // data-demo.ts's instances keep AWS's defaults: one day of backups, admin / postgres, nothing on.
  ...resourceRows(db('orders-db'), {
    [I.monitoring]: 'FAIL',
    [I.deletion]: 'FAIL',
    [I.logs]: 'FAIL',
    [I.iamAuth]: 'FAIL',
    [I.backups]: 'FAIL',
    [I.copyTags]: 'FAIL',
    [I.adminName]: 'FAIL',
  }),
  ...resourceRows(db('analytics-db'), {
    [I.monitoring]: 'FAIL',
    [I.deletion]: 'FAIL',
    [I.logs]: 'FAIL',
    [I.iamAuth]: 'FAIL',
    [I.backups]: 'FAIL',
    [I.copyTags]: 'FAIL',
    [I.adminName]: 'FAIL',
    [I.postgresLogs]: 'FAIL',
  }),
  // An Aurora member: deletion protection and the master username are its cluster's.
  ...resourceRows(db('reporting-aurora-1'), {
    [I.monitoring]: 'FAIL',
    [I.logs]: 'FAIL',
    [I.iamAuth]: 'FAIL',
    [I.backups]: 'FAIL',
    [I.copyTags]: 'FAIL',
  }),
  ...resourceRows(db('billing-db'), {
    [I.monitoring]: 'PASS',
    [I.deletion]: 'PASS',
    [I.logs]: 'PASS',
    [I.iamAuth]: 'PASS',
    [I.backups]: 'PASS',
    [I.copyTags]: 'PASS',
    [I.adminName]: 'PASS',
    [I.postgresLogs]: 'PASS',
  }),
  // SQL Server has no IAM database authentication: RDS.10 leaves it alone.
  ...resourceRows(db('crm-db'), {
    [I.monitoring]: 'PASS',
    [I.deletion]: 'PASS',
    [I.logs]: 'PASS',
    [I.backups]: 'PASS',
    [I.copyTags]: 'PASS',
    [I.adminName]: 'PASS',
    [I.sqlserverLogs]: 'PASS',
  }),
  ...resourceRows(db('crm-reports'), {
    [I.monitoring]: 'PASS',
    [I.deletion]: 'PASS',
    [I.logs]: 'FAIL',
    [I.backups]: 'PASS',
    [I.copyTags]: 'PASS',
    [I.adminName]: 'PASS',
    [I.sqlserverLogs]: 'FAIL',
  }),
  // audit and error are what RDS.42 asks of MariaDB; RDS.9 also wants general and slowquery.
  ...resourceRows(db('cms-db'), {
    [I.monitoring]: 'PASS',
    [I.deletion]: 'PASS',
    [I.logs]: 'FAIL',
    [I.iamAuth]: 'PASS',
    [I.backups]: 'PASS',
    [I.copyTags]: 'PASS',
    [I.adminName]: 'PASS',
    [I.mariadbLogs]: 'PASS',
  }),
  // A read replica without backups: RDS.11 does not judge replicas.
  ...resourceRows(db('cms-replica'), {
    [I.monitoring]: 'PASS',
    [I.deletion]: 'PASS',
    [I.logs]: 'FAIL',
    [I.iamAuth]: 'PASS',
    [I.copyTags]: 'PASS',
    [I.adminName]: 'PASS',
    [I.mariadbLogs]: 'FAIL',
  }),

  ...resourceRows(dbSnapshot('billing-db-before-upgrade'), {
    [SNAPSHOT.public]: 'PASS',
    [SNAPSHOT.encrypted]: 'PASS',
  }),
  ...resourceRows(dbSnapshot('orders-db-export'), {
    [SNAPSHOT.public]: 'FAIL',
    [SNAPSHOT.encrypted]: 'FAIL',
  }),
  // Automated snapshots cannot be shared: RDS.1 leaves them alone.
  ...resourceRows(dbSnapshot('rds:billing-db-2026-06-01'), { [SNAPSHOT.encrypted]: 'PASS' }),
  ...resourceRows(clusterSnapshot('shop-before-migration'), {
    [SNAPSHOT.public]: 'PASS',
    [SNAPSHOT.encrypted]: 'PASS',
  }),

  ...resourceRows(`arn:aws:rds:us-east-1:${prodData}:db-proxy:prx-billing-proxy`, { [PROXY_TLS]: 'PASS' }),
  ...resourceRows(`arn:aws:rds:us-east-1:${prodData}:db-proxy:prx-orders-proxy`, { [PROXY_TLS]: 'FAIL' }),

  // RDS.23: stand-alone instances and clusters; reporting-aurora-1 is judged through its cluster.
  ...resourceRows(db('orders-db'), { [DEFAULT_PORT]: 'FAIL' }),
  ...resourceRows(db('analytics-db'), { [DEFAULT_PORT]: 'FAIL' }),
  ...resourceRows(db('billing-db'), { [DEFAULT_PORT]: 'PASS' }),
  ...resourceRows(db('crm-db'), { [DEFAULT_PORT]: 'PASS' }),
  ...resourceRows(db('crm-reports'), { [DEFAULT_PORT]: 'FAIL' }),
  ...resourceRows(db('cms-db'), { [DEFAULT_PORT]: 'FAIL' }),
  ...resourceRows(db('cms-replica'), { [DEFAULT_PORT]: 'FAIL' }),
  ...['shop', 'metrics', 'ledger', 'events'].flatMap((id) =>
    resourceRows(dbCluster(id), { [DEFAULT_PORT]: 'PASS' }),
  ),
  ...['shop-archive', 'reporting', 'ledger-staging', 'events-staging'].flatMap((id) =>
    resourceRows(dbCluster(id), { [DEFAULT_PORT]: 'FAIL' }),
  ),

  ...resourceRows(dbCluster('shop'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.backtrack]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.auroraCopyTags]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.auroraMysqlAudit]: 'PASS',
  }),
  ...resourceRows(dbCluster('shop-archive'), {
    [C.deletion]: 'FAIL',
    [C.iamAuth]: 'FAIL',
    [C.backtrack]: 'FAIL',
    [C.multiAz]: 'FAIL',
    [C.auroraCopyTags]: 'FAIL',
    [C.adminName]: 'FAIL',
    [C.encrypted]: 'FAIL',
    [C.auroraMysqlAudit]: 'FAIL',
  }),
  ...resourceRows(dbCluster('metrics'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.auroraCopyTags]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.auroraPostgresLogs]: 'PASS',
  }),
  ...resourceRows(dbCluster('reporting'), {
    [C.deletion]: 'FAIL',
    [C.iamAuth]: 'FAIL',
    [C.multiAz]: 'FAIL',
    [C.auroraCopyTags]: 'FAIL',
    [C.adminName]: 'FAIL',
    [C.encrypted]: 'PASS',
    [C.auroraPostgresLogs]: 'FAIL',
  }),
  ...resourceRows(dbCluster('ledger'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.minorUpgrade]: 'PASS',
    [C.postgresCopyTags]: 'PASS',
  }),
  ...resourceRows(dbCluster('ledger-staging'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.minorUpgrade]: 'FAIL',
    [C.postgresCopyTags]: 'FAIL',
  }),
  // events leaves minor upgrades at CreateDBCluster's default: on.
  ...resourceRows(dbCluster('events'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.minorUpgrade]: 'PASS',
    [C.mysqlCopyTags]: 'PASS',
  }),
  ...resourceRows(dbCluster('events-staging'), {
    [C.deletion]: 'PASS',
    [C.iamAuth]: 'PASS',
    [C.multiAz]: 'PASS',
    [C.adminName]: 'PASS',
    [C.encrypted]: 'PASS',
    [C.minorUpgrade]: 'PASS',
    [C.mysqlCopyTags]: 'FAIL',
  }),

  // Redis OSS 7.1 controls access with users: ElastiCache.6 leaves cart alone.
  ...resourceRows(replicationGroup('cart'), {
    [ELASTICACHE.backups]: 'PASS',
    [ELASTICACHE.failover]: 'PASS',
    [ELASTICACHE.atRest]: 'PASS',
    [ELASTICACHE.inTransit]: 'PASS',
  }),
  ...resourceRows(replicationGroup('rate-limits'), {
    [ELASTICACHE.backups]: 'PASS',
    [ELASTICACHE.failover]: 'FAIL',
    [ELASTICACHE.atRest]: 'PASS',
    [ELASTICACHE.inTransit]: 'PASS',
    [ELASTICACHE.auth]: 'PASS',
  }),
  ...resourceRows(replicationGroup('legacy-sessions'), {
    [ELASTICACHE.backups]: 'FAIL',
    [ELASTICACHE.failover]: 'FAIL',
    [ELASTICACHE.atRest]: 'FAIL',
    [ELASTICACHE.inTransit]: 'FAIL',
    [ELASTICACHE.auth]: 'FAIL',
  }),
  ...['cart-001', 'cart-002', 'rate-limits-001'].flatMap((id) =>
    resourceRows(cacheCluster(id), { [ELASTICACHE.minorUpgrade]: 'PASS', [ELASTICACHE.subnetGroup]: 'PASS' }),
  ),
  ...resourceRows(cacheCluster('legacy-sessions-001'), {
    [ELASTICACHE.minorUpgrade]: 'FAIL',
    [ELASTICACHE.subnetGroup]: 'FAIL',
  }),
  // Memcached has neither backups nor the minor-upgrade control; only its subnet group is judged.
  ...resourceRows(cacheCluster('page-cache'), { [ELASTICACHE.subnetGroup]: 'FAIL' }),

  ...resourceRows(warehouse('warehouse'), ALL_PASS(REDSHIFT)),
  ...resourceRows(warehouse('warehouse-dev'), ALL_FAIL(REDSHIFT)),

  // Event subscriptions are judged on the region: instance and parameter group events are covered, of
  // clusters only failures, of security groups nothing.
  ...resourceRows(acctRegion(prodData, 'us-east-1'), {
    [EVENTS.cluster]: 'FAIL',
    [EVENTS.instance]: 'PASS',
    [EVENTS.parameterGroup]: 'PASS',
    [EVENTS.securityGroup]: 'FAIL',
  }),
];

type RegionalRow = [account: string, region: string, checkId: string, resourceId: string, status: Status];

const PLANTED: RegionalRow[] = [
  ...PRODUCTION_DATA.map(
    ([check, resourceId, status]): RegionalRow => [prodData, 'us-east-1', check, resourceId, status],
  ),
  // shared-services's us-west-2 subscribes to security group events only.
  ...resourceRows(acctRegion(sharedServices, 'us-west-2'), {
    [EVENTS.cluster]: 'FAIL',
    [EVENTS.instance]: 'FAIL',
    [EVENTS.parameterGroup]: 'FAIL',
    [EVENTS.securityGroup]: 'PASS',
  }).map(
    ([check, resourceId, status]): RegionalRow => [sharedServices, 'us-west-2', check, resourceId, status],
  ),
];

const FSBP_G2_REGIONAL: readonly string[] = [
  ...Object.values(INSTANCE),
  DEFAULT_PORT,
  PROXY_TLS,
  ...Object.values(SNAPSHOT),
  ...Object.values(CLUSTER),
  ...Object.values(EVENTS),
  ...Object.values(ELASTICACHE),
  ...Object.values(REDSHIFT),
];

/**
 * Every check in every region of every scanned account: the planted results (prod-data's us-east-1,
 * shared-services's us-west-2), else one result on the region itself — PASS elsewhere but in dev-sandbox's SCP-denied sa-east-1 (not evaluated).
 */
function regionalRows(): ExpectedFinding[] {
  const rows: ExpectedFinding[] = [];
  for (const [account, regions] of Object.entries(REGIONS)) {
    for (const region of regions) {
      for (const check of FSBP_G2_REGIONAL) {
        const planted = PLANTED.filter((row) => row[0] === account && row[1] === region && row[2] === check);
        if (planted.length > 0) {
          rows.push(
            ...planted.map(
              ([, , , resourceId, status]): ExpectedFinding => [account, check, resourceId, status],
            ),
          );
        } else {
          const denied = account === devSandbox && region === SCP_DENIED_REGION;
          if (!denied) rows.push([account, check, acctRegion(account, region), 'PASS']);
        }
      }
    }
  }
  return rows;
}

/** FSBP group g2 (RDS instances, clusters, event subscriptions; ElastiCache; Redshift): the demo's posture. */
export const EXPECTED_FSBP_G2: ExpectedFinding[] = regionalRows();

/** The checks this group covers: the test compares exactly their findings with EXPECTED_FSBP_G2. */
export const FSBP_G2_CHECKS: string[] = [...FSBP_G2_REGIONAL];
