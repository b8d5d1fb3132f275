import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated OpenSearch Service of one account: its domains, by region. Omitted means "as AWS has it for a
 * fresh account": no domain in any region. Within a domain, an omitted field takes the value CreateDomain
 * gives a domain created without that option (see each field).
 */
const DomainSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z][a-z0-9-]{2,27}$' }),
    /** Omitted: OpenSearch_2.19 (CreateDomain without EngineVersion takes the latest OpenSearch). */
    engineVersion: Type.Optional(Type.String({ pattern: '^(OpenSearch|Elasticsearch)_[0-9.]+$' })),
    /** Omitted: false. */
    encryptionAtRest: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    nodeToNodeEncryption: Type.Optional(Type.Boolean()),
    /** The VPC the domain is placed in; omitted: none (a public endpoint). */
    vpcId: Type.Optional(Type.String({ pattern: '^vpc-[0-9a-f]{8,17}$' })),
    /** Omitted: false. */
    enforceHttps: Type.Optional(Type.Boolean()),
    /** Omitted: Policy-Min-TLS-1-2-2019-07. */
    tlsSecurityPolicy: Type.Optional(
      Type.Union([
        Type.Literal('Policy-Min-TLS-1-0-2019-07'),
        Type.Literal('Policy-Min-TLS-1-2-2019-07'),
        Type.Literal('Policy-Min-TLS-1-2-PFS-2023-10'),
        Type.Literal('Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08'),
      ]),
    ),
    /** Data nodes; omitted: 1. */
    instanceCount: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Omitted: false. */
    zoneAwareness: Type.Optional(Type.Boolean()),
    /** Dedicated master nodes; omitted: none (dedicated masters off). */
    dedicatedMasterCount: Type.Optional(Type.Integer({ minimum: 1 })),
    /** Fine-grained access control; omitted: off. */
    fineGrainedAccessControl: Type.Optional(Type.Boolean()),
    /** Log types published to CloudWatch Logs (ES_APPLICATION_LOGS, AUDIT_LOGS, ...); omitted: none. */
    logsToCloudWatch: Type.Optional(
      Type.Array(
        Type.Union([
          Type.Literal('INDEX_SLOW_LOGS'),
          Type.Literal('SEARCH_SLOW_LOGS'),
          Type.Literal('ES_APPLICATION_LOGS'),
          Type.Literal('AUDIT_LOGS'),
        ]),
      ),
    ),
    /** A service software update is available; omitted: false (the domain runs the latest). */
    updateAvailable: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const OpensearchStateSchema = Type.Object(
  {
    /** Domains by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ domains: Type.Optional(Type.Array(DomainSchema)) }, { additionalProperties: false }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type OpensearchState = Static<typeof OpensearchStateSchema>;
export type SimulatedOpensearchDomain = Static<typeof DomainSchema>;
