import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated Secrets Manager of one account. Omitted means "as AWS has it for a fresh account": no secrets in
 * any region. Ages are in days before the simulation's "now".
 */
const SecretSchema = Type.Object(
  {
    /** The region the secret lives in. */
    region: Type.String({ minLength: 1 }),
    name: Type.String({ pattern: '^[A-Za-z0-9/_+=.@-]{1,512}$' }),
    createdDaysAgo: Type.Integer({ minimum: 0 }),
    /** Automatic rotation every this many days; omitted: rotation off, as Secrets Manager creates secrets. */
    rotationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    /** Omitted: never rotated (LastRotatedDate absent). */
    lastRotatedDaysAgo: Type.Optional(Type.Integer({ minimum: 0 })),
    /** Omitted: never accessed (LastAccessedDate absent). */
    lastAccessedDaysAgo: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const SecretsmanagerStateSchema = Type.Object(
  {
    /** Omitted: no secrets. */
    secrets: Type.Optional(Type.Array(SecretSchema)),
  },
  { additionalProperties: false },
);

export type SecretsmanagerState = Static<typeof SecretsmanagerStateSchema>;
