import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated Amazon Redshift of one account: provisioned clusters by region. Omitted means "as AWS has it
 * for a fresh account": no clusters. Within a cluster, omitted fields take the value CreateCluster gives
 * without options today (see each field).
 */

const RedshiftClusterSchema = Type.Object(
  {
    identifier: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
    /** Omitted: false, CreateCluster's default since January 2025. */
    publiclyAccessible: Type.Optional(Type.Boolean()),
    /** Omitted: true, Redshift encrypts new clusters by default since January 2025. */
    encrypted: Type.Optional(Type.Boolean()),
    /** Days; omitted: 1, CreateCluster's default. */
    automatedSnapshotRetentionPeriod: Type.Optional(Type.Integer({ minimum: 0, maximum: 35 })),
    /** Omitted: true, CreateCluster's default. */
    allowVersionUpgrade: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    enhancedVpcRouting: Type.Optional(Type.Boolean()),
    /** Omitted: awsuser, the console's default. */
    masterUsername: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false (single-AZ). */
    multiAz: Type.Optional(Type.Boolean()),
    /** Audit logging to S3 or CloudWatch Logs; omitted: off, as CreateCluster leaves it. */
    auditLogging: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const RedshiftRegionStateSchema = Type.Object(
  { clusters: Type.Optional(Type.Array(RedshiftClusterSchema)) },
  { additionalProperties: false },
);

export const RedshiftStateSchema = Type.Object(
  {
    /** By region; a region not listed has no clusters. */
    regions: Type.Optional(Type.Record(Type.String(), RedshiftRegionStateSchema)),
  },
  { additionalProperties: false },
);

export type RedshiftState = Static<typeof RedshiftStateSchema>;
export type RedshiftRegionState = Static<typeof RedshiftRegionStateSchema>;
