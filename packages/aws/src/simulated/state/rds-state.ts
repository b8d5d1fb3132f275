import { type Static, Type } from '@sinclair/typebox';
import { DbInstanceSchema } from './data-state.js';

/**
 * Simulated RDS clusters (and further DB instances) of one account, by region.
 *
 * DB instances are also planted in `data.regions.<region>.dbInstances` (the data area, older than this
 * one); the simulator lists both, those of the data area first. Omitted means "as AWS has it for a fresh
 * account": no clusters, instances, event subscriptions, snapshots or proxies. Within a cluster, omitted fields take the value CreateDBCluster gives
 * without options (see each field).
 */

const DbClusterSchema = Type.Object(
  {
    identifier: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
    /** aurora-mysql, aurora-postgresql, mysql or postgres (Multi-AZ DB clusters), neptune, docdb. */
    engine: Type.String({ minLength: 1 }),
    /** Omitted: provisioned. */
    engineMode: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false. */
    deletionProtection: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    iamDatabaseAuthenticationEnabled: Type.Optional(Type.Boolean()),
    /** Seconds (Aurora MySQL); omitted: 0, backtracking off. */
    backtrackWindow: Type.Optional(Type.Integer({ minimum: 0 })),
    /** Instances in more than one Availability Zone; omitted: false (a cluster created without replicas). */
    multiAz: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    copyTagsToSnapshot: Type.Optional(Type.Boolean()),
    /** Omitted: the console's default for the engine (postgres for PostgreSQL engines, else admin). */
    masterUsername: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false, CreateDBCluster's default without a KMS key. */
    storageEncrypted: Type.Optional(Type.Boolean()),
    /** Log types published to CloudWatch Logs; omitted: none. */
    cloudwatchLogsExports: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Multi-AZ DB clusters only (Aurora does not report it); omitted: true, CreateDBCluster's default. */
    autoMinorVersionUpgrade: Type.Optional(Type.Boolean()),
    /** Omitted: the engine's default port (3306 MySQL-family, 5432 PostgreSQL-family). */
    port: Type.Optional(Type.Integer({ minimum: 1150, maximum: 65535 })),
  },
  { additionalProperties: false },
);

const EventSubscriptionSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9-]{0,254}$' }),
    /** Omitted: true, as CreateEventSubscription enables a subscription. */
    enabled: Type.Optional(Type.Boolean()),
    /** db-instance, db-cluster, db-parameter-group, db-security-group, ...; omitted: every source type. */
    sourceType: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: every category of the source type. */
    eventCategories: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Omitted: every source of the source type. */
    sourceIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  },
  { additionalProperties: false },
);

const SnapshotSchema = Type.Object(
  {
    identifier: Type.String({ pattern: '^[a-z][a-z0-9:-]{0,254}$' }),
    /** Omitted: manual. Automated ones are named rds:<source>-<date>. */
    snapshotType: Type.Optional(
      Type.Union([Type.Literal('manual'), Type.Literal('automated'), Type.Literal('awsbackup')]),
    ),
    /** A snapshot of an encrypted database is encrypted; there is no default of its own. */
    encrypted: Type.Boolean(),
    /** Accounts that may restore a manual snapshot ("all": public); omitted: none, private. */
    restorableBy: Type.Optional(
      Type.Array(Type.Union([Type.Literal('all'), Type.String({ pattern: '^[0-9]{12}$' })])),
    ),
  },
  { additionalProperties: false },
);

const ProxySchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
    /** Omitted: MYSQL. */
    engineFamily: Type.Optional(
      Type.Union([Type.Literal('MYSQL'), Type.Literal('POSTGRESQL'), Type.Literal('SQLSERVER')]),
    ),
    /** Omitted: false, CreateDBProxy's default. */
    requireTls: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const RdsRegionStateSchema = Type.Object(
  {
    proxies: Type.Optional(Type.Array(ProxySchema)),
    /** DB snapshots the account owns. */
    dbSnapshots: Type.Optional(Type.Array(SnapshotSchema)),
    /** DB cluster snapshots the account owns. */
    clusterSnapshots: Type.Optional(Type.Array(SnapshotSchema)),
    dbClusters: Type.Optional(Type.Array(DbClusterSchema)),
    eventSubscriptions: Type.Optional(Type.Array(EventSubscriptionSchema)),
    /** Listed after `data.regions.<region>.dbInstances`. */
    dbInstances: Type.Optional(Type.Array(DbInstanceSchema)),
  },
  { additionalProperties: false },
);

export const RdsStateSchema = Type.Object(
  {
    /** By region; a region not listed has no clusters and no further instances. */
    regions: Type.Optional(Type.Record(Type.String(), RdsRegionStateSchema)),
  },
  { additionalProperties: false },
);

export type RdsState = Static<typeof RdsStateSchema>;
export type RdsRegionState = Static<typeof RdsRegionStateSchema>;
export type SimulatedDbCluster = Static<typeof DbClusterSchema>;
export type SimulatedSnapshot = Static<typeof SnapshotSchema>;
