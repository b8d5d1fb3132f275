import { type Static, Type } from '@sinclair/typebox';

const ActionSchema = Type.Union([
  Type.Literal('forward'),
  Type.Literal('redirect-to-https'),
  Type.Literal('fixed-response'),
]);

const ListenerSchema = Type.Object(
  {
    port: Type.Integer(),
    protocol: Type.Union(
      ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'].map((protocol) => Type.Literal(protocol)),
    ),
    /** HTTPS and TLS listeners; omitted: ELBSecurityPolicy-TLS13-1-2-Res-2021-06, the console's default. */
    sslPolicy: Type.Optional(Type.String()),
    /** What the default rule does; omitted: forward to a target group. */
    defaultAction: Type.Optional(ActionSchema),
    /** The actions of the other rules, by priority; omitted: none. */
    rules: Type.Optional(Type.Array(ActionSchema)),
  },
  { additionalProperties: false },
);

const LoadBalancerSchema = Type.Object(
  {
    name: Type.String(),
    type: Type.Union([Type.Literal('application'), Type.Literal('network'), Type.Literal('gateway')]),
    /** Availability Zone letters (a, b, ...) in the region; omitted: a and b. */
    zones: Type.Optional(Type.Array(Type.String())),
    /** Omitted: false, as AWS creates it. */
    deletionProtection: Type.Optional(Type.Boolean()),
    /** Application Load Balancers; omitted: false. */
    accessLogs: Type.Optional(Type.Boolean()),
    /** Application Load Balancers; omitted: false. */
    dropInvalidHeaderFields: Type.Optional(Type.Boolean()),
    /** Application Load Balancers; omitted: defensive. */
    desyncMitigationMode: Type.Optional(
      Type.Union([Type.Literal('monitor'), Type.Literal('defensive'), Type.Literal('strictest')]),
    ),
    /** Omitted: none. */
    listeners: Type.Optional(Type.Array(ListenerSchema)),
  },
  { additionalProperties: false },
);

/** Simulated Application, Network and Gateway Load Balancers of one account, by region. Omitted: none. */
export const Elbv2StateSchema = Type.Object(
  { regions: Type.Record(Type.String(), Type.Array(LoadBalancerSchema)) },
  { additionalProperties: false },
);

export type Elbv2State = Static<typeof Elbv2StateSchema>;
export type SimulatedElbv2LoadBalancer = Static<typeof LoadBalancerSchema>;
export type SimulatedElbv2Action = Static<typeof ActionSchema>;
