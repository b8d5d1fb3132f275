import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated ElastiCache of one account: replication groups and stand-alone cache clusters by region. Omitted
 * means "as AWS has it for a fresh account": none. Within a group or cluster, omitted fields take the value
 * the Create API gives without options (see each field). A replication group's member clusters are derived
 * from it (`<id>-001`, `<id>-002`, ...), as DescribeCacheClusters lists them.
 */

const ReplicationGroupSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' }),
    /** Omitted: redis. */
    engine: Type.Optional(Type.Union([Type.Literal('redis'), Type.Literal('valkey')])),
    /** Omitted: 7.1 for Redis OSS, 7.2 for Valkey. */
    engineVersion: Type.Optional(Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$' })),
    /** Omitted: 1 (a primary without replicas). */
    memberCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
    /** Omitted: disabled, CreateReplicationGroup's default. */
    automaticFailover: Type.Optional(Type.Union([Type.Literal('enabled'), Type.Literal('disabled')])),
    /** Omitted: false, CreateReplicationGroup's default. */
    atRestEncryptionEnabled: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    transitEncryptionEnabled: Type.Optional(Type.Boolean()),
    /** Omitted: false (no AUTH token). */
    authTokenEnabled: Type.Optional(Type.Boolean()),
    /** Days; omitted: 0 (automatic backups off), CreateReplicationGroup's default. */
    snapshotRetentionLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 35 })),
    /** Omitted: true. */
    autoMinorVersionUpgrade: Type.Optional(Type.Boolean()),
    /** Omitted: default, the subnet group ElastiCache uses when none is named. */
    cacheSubnetGroupName: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

const CacheClusterSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' }),
    engine: Type.Union([Type.Literal('memcached'), Type.Literal('redis'), Type.Literal('valkey')]),
    /** Omitted: 1.6.22 for Memcached, 7.1 for Redis OSS, 7.2 for Valkey. */
    engineVersion: Type.Optional(Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$' })),
    /** Omitted: true. */
    autoMinorVersionUpgrade: Type.Optional(Type.Boolean()),
    /** Days; omitted: 0 (automatic backups off). Memcached has no backups. */
    snapshotRetentionLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 35 })),
    /** Omitted: default, the subnet group ElastiCache uses when none is named. */
    cacheSubnetGroupName: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

export const ElasticacheRegionStateSchema = Type.Object(
  {
    replicationGroups: Type.Optional(Type.Array(ReplicationGroupSchema)),
    /** Stand-alone cache clusters (not members of a replication group). */
    cacheClusters: Type.Optional(Type.Array(CacheClusterSchema)),
  },
  { additionalProperties: false },
);

export const ElasticacheStateSchema = Type.Object(
  {
    /** By region; a region not listed has no replication groups and no cache clusters. */
    regions: Type.Optional(Type.Record(Type.String(), ElasticacheRegionStateSchema)),
  },
  { additionalProperties: false },
);

export type ElasticacheState = Static<typeof ElasticacheStateSchema>;
export type ElasticacheRegionState = Static<typeof ElasticacheRegionStateSchema>;
