import { type Static, Type } from '@sinclair/typebox';

/** Control plane log types EKS can send to CloudWatch Logs. */
const LogTypeSchema = Type.Union([
  Type.Literal('api'),
  Type.Literal('audit'),
  Type.Literal('authenticator'),
  Type.Literal('controllerManager'),
  Type.Literal('scheduler'),
]);

/**
 * One EKS cluster. An omitted field takes the value CreateCluster gives a cluster created without that
 * option (see each field).
 */
const ClusterSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[0-9A-Za-z][A-Za-z0-9\\-_]{0,99}$' }),
    /** Kubernetes version; omitted: 1.35, the default version of a new cluster (simulated/eks-release-calendar.ts). */
    version: Type.Optional(Type.String({ pattern: '^1\\.[0-9]+$' })),
    /** Whether the API server endpoint is public; omitted: true (EKS's default). */
    endpointPublicAccess: Type.Optional(Type.Boolean()),
    /** The KMS key that encrypts Kubernetes secrets; omitted: secrets are not envelope-encrypted. */
    secretsKmsKeyArn: Type.Optional(Type.String({ pattern: '^arn:' })),
    /** Control plane log types enabled; omitted: none (every type disabled). */
    enabledLogTypes: Type.Optional(Type.Array(LogTypeSchema)),
  },
  { additionalProperties: false },
);

/**
 * Simulated EKS of one account: its clusters, by region. Omitted means "as AWS has it for a fresh account":
 * no cluster in any region.
 */
export const EksStateSchema = Type.Object(
  {
    /** Clusters by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ clusters: Type.Optional(Type.Array(ClusterSchema)) }, { additionalProperties: false }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type EksState = Static<typeof EksStateSchema>;
export type SimulatedEksCluster = Static<typeof ClusterSchema>;
export type SimulatedEksLogType = Static<typeof LogTypeSchema>;
