import { type Static, Type } from '@sinclair/typebox';

/** A web ACL; its rules are kept as names only, since nothing reads more of them. */
const WebAclSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[\\w-]{1,128}$' }),
    /** The identifier AWS assigns (a UUID). */
    id: Type.String({ pattern: '^[0-9a-f-]{36}$' }),
    /** The names of its rules, in priority order; omitted: none (a web ACL created with its default action only). */
    rules: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  },
  { additionalProperties: false },
);

/**
 * Simulated AWS WAF (v2) of one account. Omitted means "as AWS has it for a fresh account": no web ACL.
 */
export const Wafv2StateSchema = Type.Object(
  {
    /** REGIONAL web ACLs by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ webAcls: Type.Optional(Type.Array(WebAclSchema)) }, { additionalProperties: false }),
      ),
    ),
    /** CLOUDFRONT-scoped web ACLs (managed in us-east-1); omitted: none. */
    cloudfrontWebAcls: Type.Optional(Type.Array(WebAclSchema)),
  },
  { additionalProperties: false },
);

export type Wafv2State = Static<typeof Wafv2StateSchema>;
export type SimulatedWebAcl = Static<typeof WebAclSchema>;
