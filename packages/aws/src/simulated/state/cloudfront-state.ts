import { type Static, Type } from '@sinclair/typebox';

const OriginSchema = Type.Object(
  {
    id: Type.String(),
    domainName: Type.String(),
    /** s3: a bucket's REST endpoint (S3OriginConfig); custom: anything else (CustomOriginConfig). */
    type: Type.Union([Type.Literal('s3'), Type.Literal('custom')]),
    /** Omitted: no origin access control. */
    originAccessControlId: Type.Optional(Type.String()),
    /** Custom origins; omitted: https-only, the console's default. */
    protocolPolicy: Type.Optional(
      Type.Union([Type.Literal('http-only'), Type.Literal('match-viewer'), Type.Literal('https-only')]),
    ),
    /** Custom origins; omitted: TLSv1.2 only, the console's default. */
    sslProtocols: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);

const ViewerProtocolPolicySchema = Type.Union([
  Type.Literal('allow-all'),
  Type.Literal('redirect-to-https'),
  Type.Literal('https-only'),
]);

const DistributionSchema = Type.Object(
  {
    /** The distribution id (E...); its domain is `<id lower-cased>.cloudfront.net`. */
    id: Type.String(),
    /** Omitted: none. */
    defaultRootObject: Type.Optional(Type.String()),
    origins: Type.Array(OriginSchema, { minItems: 1 }),
    /** Failover groups, by the ids of their origins; omitted: none. */
    originGroups: Type.Optional(
      Type.Array(Type.Object({ id: Type.String(), members: Type.Array(Type.String()) })),
    ),
    /** The default cache behavior goes to the first origin. Omitted: allow-all, CloudFront's default. */
    viewerProtocolPolicy: Type.Optional(ViewerProtocolPolicySchema),
    /** Path-pattern cache behaviors; omitted: none. */
    cacheBehaviors: Type.Optional(
      Type.Array(
        Type.Object({
          pathPattern: Type.String(),
          targetOriginId: Type.String(),
          viewerProtocolPolicy: ViewerProtocolPolicySchema,
        }),
      ),
    ),
    /** Standard access logging to S3; omitted: off. */
    logging: Type.Optional(Type.Boolean()),
    /** The associated web ACL (a WAFv2 ARN or a WAF Classic id); omitted: none. */
    webAclId: Type.Optional(Type.String()),
    /** A certificate of the account (ACM); omitted: the default *.cloudfront.net certificate. */
    certificate: Type.Optional(
      Type.Object({
        acmCertificateArn: Type.String(),
        /** Omitted: sni-only. */
        sslSupportMethod: Type.Optional(
          Type.Union([Type.Literal('sni-only'), Type.Literal('vip'), Type.Literal('static-ip')]),
        ),
        /** Omitted: TLSv1.2_2021, the console's default. */
        minimumProtocolVersion: Type.Optional(Type.String()),
      }),
    ),
  },
  { additionalProperties: false },
);

/** Simulated CloudFront of one account (a global service). Omitted: no distribution. */
export const CloudFrontStateSchema = Type.Object(
  { distributions: Type.Optional(Type.Array(DistributionSchema)) },
  { additionalProperties: false },
);

export type CloudFrontState = Static<typeof CloudFrontStateSchema>;
export type SimulatedDistribution = Static<typeof DistributionSchema>;
