import { type Static, Type } from '@sinclair/typebox';

const ListenerSchema = Type.Object(
  {
    protocol: Type.Union([
      Type.Literal('HTTP'),
      Type.Literal('HTTPS'),
      Type.Literal('TCP'),
      Type.Literal('SSL'),
    ]),
    port: Type.Integer(),
    /** HTTPS and SSL listeners: the certificate ARN (ACM or an IAM server certificate). */
    certificateArn: Type.Optional(Type.String()),
    /**
     * HTTPS and SSL listeners: the predefined policy its SSL negotiation policy references; omitted:
     * ELBSecurityPolicy-2016-08, which the console applies by default.
     */
    referenceSecurityPolicy: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const LoadBalancerSchema = Type.Object(
  {
    name: Type.String(),
    /** Availability Zone letters (a, b, ...) in the region; omitted: a and b. */
    zones: Type.Optional(Type.Array(Type.String())),
    listeners: Type.Array(ListenerSchema),
    /** Omitted: true, the console's default (the API's default is false). */
    crossZoneLoadBalancing: Type.Optional(Type.Boolean()),
    /** Omitted: false. */
    accessLogs: Type.Optional(Type.Boolean()),
    /** Omitted: true, the console's default (300 seconds). */
    connectionDraining: Type.Optional(Type.Boolean()),
    /** Omitted: defensive. */
    desyncMitigationMode: Type.Optional(
      Type.Union([Type.Literal('monitor'), Type.Literal('defensive'), Type.Literal('strictest')]),
    ),
  },
  { additionalProperties: false },
);

/** Simulated Classic Load Balancers of one account, by region. Omitted: none. */
export const ElbStateSchema = Type.Object(
  { regions: Type.Record(Type.String(), Type.Array(LoadBalancerSchema)) },
  { additionalProperties: false },
);

export type ElbState = Static<typeof ElbStateSchema>;
export type SimulatedClassicLoadBalancer = Static<typeof LoadBalancerSchema>;
