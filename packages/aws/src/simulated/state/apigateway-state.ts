import { type Static, Type } from '@sinclair/typebox';

/** One method setting of a stage (key `*\/*` for all methods, or `/<path>/<HTTP method>`). */
const MethodSettingSchema = Type.Object(
  {
    /** Omitted: false (CreateStage does not cache responses). */
    cachingEnabled: Type.Optional(Type.Boolean()),
    /** Omitted: false (cached responses are not encrypted unless asked). */
    cacheDataEncrypted: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** A deployed stage of a REST API; an omitted field is what CreateStage gives a stage without that option. */
const StageSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_-]{1,128}$' }),
    /** Omitted: no client certificate for backend authentication. */
    clientCertificateId: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: false (X-Ray tracing off). */
    tracingEnabled: Type.Optional(Type.Boolean()),
    /** The associated AWS WAF web ACL; omitted: none. */
    webAclArn: Type.Optional(Type.String({ minLength: 1 })),
    /** Omitted: no method settings. */
    methodSettings: Type.Optional(Type.Record(Type.String(), MethodSettingSchema)),
  },
  { additionalProperties: false },
);

const RestApiSchema = Type.Object(
  {
    /** The identifier AWS assigns (10 lower-case letters and digits). */
    id: Type.String({ pattern: '^[a-z0-9]{10}$' }),
    name: Type.String({ minLength: 1 }),
    /** Omitted: not deployed, no stage. */
    stages: Type.Optional(Type.Array(StageSchema)),
  },
  { additionalProperties: false },
);

/**
 * Simulated API Gateway (REST APIs) of one account, by region. Omitted means "as AWS has it for a fresh
 * account": no REST API in any region.
 */
export const ApigatewayStateSchema = Type.Object(
  {
    /** REST APIs by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ restApis: Type.Optional(Type.Array(RestApiSchema)) }, { additionalProperties: false }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type ApigatewayState = Static<typeof ApigatewayStateSchema>;
export type SimulatedRestApi = Static<typeof RestApiSchema>;
