import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated AWS Systems Manager of one account, region by region. A region nobody configured has what a
 * fresh account has: no documents of its own, no managed nodes (so no compliance), Automation output not sent to CloudWatch
 * Logs, and public sharing of documents allowed (the console's default).
 */

const DocumentSchema = Type.Object(
  {
    name: Type.String({ minLength: 3 }),
    /** Shared with every AWS account; omitted: false. */
    public: Type.Optional(Type.Boolean()),
    /** Accounts it is shared with; omitted: none. */
    sharedWith: Type.Optional(Type.Array(Type.String({ pattern: '^[0-9]{12}$' }))),
  },
  { additionalProperties: false },
);

export const RegionSsmStateSchema = Type.Object(
  {
    documents: Type.Optional(Type.Array(DocumentSchema)),
    /** EC2 instances (of `network`) the SSM Agent registered; omitted: none. */
    managedInstances: Type.Optional(Type.Array(Type.String({ pattern: '^i-' }))),
    /** Patch and association compliance of managed instances; omitted: none reported. */
    compliance: Type.Optional(
      Type.Array(
        Type.Object(
          {
            instanceId: Type.String({ pattern: '^i-' }),
            type: Type.Union([Type.Literal('Patch'), Type.Literal('Association')]),
            status: Type.Union([Type.Literal('COMPLIANT'), Type.Literal('NON_COMPLIANT')]),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    /** /ssm/automation/customer-script-log-destination; omitted: none (no CloudWatch output). */
    automationLogDestination: Type.Optional(Type.Union([Type.Literal('CloudWatch'), Type.Literal('none')])),
    /** /ssm/documents/console/public-sharing-permission; omitted: Enable. */
    documentPublicSharing: Type.Optional(Type.Union([Type.Literal('Enable'), Type.Literal('Disable')])),
  },
  { additionalProperties: false },
);

export const SsmStateSchema = Type.Object(
  {
    /** The state of every region not listed in `regions`; omitted: a fresh region. */
    everyRegion: Type.Optional(RegionSsmStateSchema),
    /** Regions with their own state, which replaces `everyRegion` there. */
    regions: Type.Optional(Type.Record(Type.String(), RegionSsmStateSchema)),
  },
  { additionalProperties: false },
);

export type SsmState = Static<typeof SsmStateSchema>;
export type RegionSsmState = Static<typeof RegionSsmStateSchema>;
