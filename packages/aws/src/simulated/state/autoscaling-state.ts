import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated Amazon EC2 Auto Scaling of one account, region by region. A region nobody configured has what a
 * fresh account has: no Auto Scaling groups and no launch configurations.
 */

const GroupSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    /** Omitted: EC2, as AWS creates a group. */
    healthCheckType: Type.Optional(Type.Union([Type.Literal('EC2'), Type.Literal('ELB')])),
    /** Target groups attached; omitted: none. */
    targetGroups: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Availability Zone letters of the region it spans (['a', 'b']); omitted: ['a']. */
    zones: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]$' }), { minItems: 1 })),
    /** Launches from this launch configuration; exactly one of launchConfiguration and launchTemplate. */
    launchConfiguration: Type.Optional(Type.String({ minLength: 1 })),
    /** Launches from this launch template (id lt-...), through a mixed instances policy when instanceTypes. */
    launchTemplate: Type.Optional(Type.String({ pattern: '^lt-' })),
    /** The instance types of its mixed instances policy's overrides; omitted: no mixed instances policy. */
    instanceTypes: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  },
  { additionalProperties: false },
);

const LaunchConfigurationSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    /** MetadataOptions.HttpTokens; omitted: no metadata options. */
    httpTokens: Type.Optional(Type.Union([Type.Literal('optional'), Type.Literal('required')])),
    /** AssociatePublicIpAddress; omitted: not set. */
    associatePublicIp: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const RegionAutoscalingStateSchema = Type.Object(
  {
    groups: Type.Optional(Type.Array(GroupSchema)),
    launchConfigurations: Type.Optional(Type.Array(LaunchConfigurationSchema)),
  },
  { additionalProperties: false },
);

export const AutoscalingStateSchema = Type.Object(
  {
    /** The state of every region not listed in `regions`; omitted: a fresh region. */
    everyRegion: Type.Optional(RegionAutoscalingStateSchema),
    /** Regions with their own state, which replaces `everyRegion` there. */
    regions: Type.Optional(Type.Record(Type.String(), RegionAutoscalingStateSchema)),
  },
  { additionalProperties: false },
);

export type AutoscalingState = Static<typeof AutoscalingStateSchema>;
export type RegionAutoscalingState = Static<typeof RegionAutoscalingStateSchema>;
