import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated GuardDuty of one account. Omitted means "as AWS has it for a fresh account": GuardDuty never
 * enabled, so no detector in any region (ListDetectors answers an empty list).
 */

const FeatureStatusSchema = Type.Union([Type.Literal('ENABLED'), Type.Literal('DISABLED')]);

/** A protection plan of the detector and its additional configuration (agent management), by name. */
const FeatureSchema = Type.Object(
  {
    status: FeatureStatusSchema,
    /** EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT...; omitted: none listed. */
    additional: Type.Optional(Type.Record(Type.String({ minLength: 1 }), FeatureStatusSchema)),
  },
  { additionalProperties: false },
);

const DetectorSchema = Type.Object(
  {
    /** The region the detector is in: GuardDuty has at most one detector per account and region. */
    region: Type.String({ minLength: 1 }),
    /** The detector id (32 hex characters in AWS). */
    id: Type.String({ pattern: '^[a-z0-9]{1,300}$' }),
    /** Omitted: ENABLED. DISABLED: GuardDuty suspended in the region. */
    status: Type.Optional(FeatureStatusSchema),
    /**
     * Protection plans by feature name (S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION,
     * RDS_LOGIN_EVENTS, LAMBDA_NETWORK_LOGS, RUNTIME_MONITORING...). GetDetector lists every feature; one
     * omitted here is DISABLED, except the foundational CLOUD_TRAIL, DNS_LOGS and FLOW_LOGS, always ENABLED.
     */
    features: Type.Optional(Type.Record(Type.String({ minLength: 1 }), FeatureSchema)),
  },
  { additionalProperties: false },
);

export const GuarddutyStateSchema = Type.Object(
  {
    /** Omitted: no detector anywhere. */
    detectors: Type.Optional(Type.Array(DetectorSchema)),
  },
  { additionalProperties: false },
);

export type GuarddutyState = Static<typeof GuarddutyStateSchema>;
