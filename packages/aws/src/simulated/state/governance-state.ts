import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated account contacts, IAM beyond the credential report, Access Analyzer, Config, Security Hub, of
 * one account. Everything is optional; an absent field (or an absent state) is what a fresh account has:
 * no alternate contact, no alias, no groups, no customer policies, no analyzers, no Config recorder, Security
 * Hub not enabled, and only the service-linked roles AWS creates in every account
 * (AWSServiceRoleForSupport, AWSServiceRoleForTrustedAdvisor), which the handlers always add.
 */

/** Where a regional resource exists: every region the account can call, or the listed ones. */
const RegionsSchema = Type.Union([Type.Literal('all'), Type.Array(Type.String(), { minItems: 1 })]);

/** An IAM policy document, as JSON (`{ "Version": ..., "Statement": [...] }`). */
const PolicyDocumentSchema = Type.Object(
  {
    Version: Type.Optional(Type.String()),
    Statement: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

const NameSchema = Type.String({ pattern: '^[\\w+=,.@-]{1,128}$' });

const InlinePolicySchema = Type.Object(
  { name: NameSchema, document: PolicyDocumentSchema },
  { additionalProperties: false },
);

/**
 * Policies of a user, group or role. Managed policies are named: a customer managed policy of
 * `iam.customerPolicies` when one has the name, else the AWS managed policy of that name
 * (`arn:aws:iam::aws:policy/<name>`).
 */
const attachments = {
  attachedPolicies: Type.Optional(Type.Array(NameSchema)),
  inlinePolicies: Type.Optional(Type.Array(InlinePolicySchema)),
};

const IamGovernanceSchema = Type.Object(
  {
    customerPolicies: Type.Optional(
      Type.Array(
        Type.Object({ name: NameSchema, document: PolicyDocumentSchema }, { additionalProperties: false }),
      ),
    ),
    /** `members` are names of users of the account's `iam.users`. */
    groups: Type.Optional(
      Type.Array(
        Type.Object(
          { name: NameSchema, members: Type.Array(NameSchema), ...attachments },
          { additionalProperties: false },
        ),
      ),
    ),
    roles: Type.Optional(
      Type.Array(
        Type.Object(
          { name: NameSchema, path: Type.Optional(Type.String({ pattern: '^/(.*/)?$' })), ...attachments },
          { additionalProperties: false },
        ),
      ),
    ),
    /** Policies attached to users directly; `user` names a user of the account's `iam.users`. */
    userPolicies: Type.Optional(
      Type.Array(Type.Object({ user: NameSchema, ...attachments }, { additionalProperties: false })),
    ),
    /**
     * Instance profiles and the role each holds (null: none). Omitted: one profile for each name the
     * account's EC2 instances use, holding a role of the same name; a profile listed here replaces that.
     */
    instanceProfiles: Type.Optional(
      Type.Array(
        Type.Object(
          { name: NameSchema, role: Type.Union([NameSchema, Type.Null()]) },
          { additionalProperties: false },
        ),
      ),
    ),
    /** The kind of the root user's MFA device when `iam.root.mfa` is true (default hardware). */
    rootMfaDevice: Type.Optional(Type.Union([Type.Literal('hardware'), Type.Literal('virtual')])),
    serverCertificates: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: NameSchema,
            /** Days until expiry; negative: expired that many days ago. */
            expiresInDays: Type.Integer(),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

const AnalyzerSchema = Type.Object(
  {
    name: NameSchema,
    type: Type.Union([
      Type.Literal('ACCOUNT'),
      Type.Literal('ORGANIZATION'),
      Type.Literal('ACCOUNT_UNUSED_ACCESS'),
      Type.Literal('ORGANIZATION_UNUSED_ACCESS'),
    ]),
    /** Default ACTIVE. */
    status: Type.Optional(
      Type.Union([
        Type.Literal('ACTIVE'),
        Type.Literal('CREATING'),
        Type.Literal('DISABLED'),
        Type.Literal('FAILED'),
      ]),
    ),
    regions: RegionsSchema,
  },
  { additionalProperties: false },
);

/** The recorder named "default" of each region it covers; the first entry covering a region applies. */
const ConfigRecorderSchema = Type.Object(
  {
    regions: RegionsSchema,
    allSupported: Type.Boolean(),
    includeGlobalResourceTypes: Type.Boolean(),
    recording: Type.Boolean(),
    /** Default Success. */
    lastStatus: Type.Optional(
      Type.Union([Type.Literal('Success'), Type.Literal('Pending'), Type.Literal('Failure')]),
    ),
  },
  { additionalProperties: false },
);

const ConfigAggregatorSchema = Type.Object(
  {
    name: NameSchema,
    /** The region the aggregator lives in. */
    region: Type.String(),
    /** Aggregates the whole organization (all regions); else a list of accounts. */
    organizationWide: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const GovernanceStateSchema = Type.Object(
  {
    /** E-mail address of the SECURITY alternate contact. */
    securityContactEmail: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$' })),
    accountAlias: Type.Optional(Type.String({ pattern: '^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$' })),
    iam: Type.Optional(IamGovernanceSchema),
    accessAnalyzers: Type.Optional(Type.Array(AnalyzerSchema)),
    configRecorders: Type.Optional(Type.Array(ConfigRecorderSchema)),
    configAggregators: Type.Optional(Type.Array(ConfigAggregatorSchema)),
    /** Regions where the account is subscribed to Security Hub. */
    securityHubRegions: Type.Optional(RegionsSchema),
  },
  { additionalProperties: false },
);

export type GovernanceState = Static<typeof GovernanceStateSchema>;
export type GovernanceRegions = Static<typeof RegionsSchema>;
export type PolicyDocumentState = Static<typeof PolicyDocumentSchema>;
export type PolicyAttachmentsState = {
  readonly attachedPolicies?: readonly string[];
  readonly inlinePolicies?: readonly Static<typeof InlinePolicySchema>[];
};
