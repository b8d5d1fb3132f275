import { type Static, Type } from '@sinclair/typebox';

/**
 * Simulated ECR of one account: its private repositories, by region. Omitted means "as AWS has it for a
 * fresh account": no repository in any region. Within a repository, an omitted field takes the value
 * CreateRepository gives a repository created without that option (see each field).
 */
const RepositorySchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$' }),
    /** Omitted: MUTABLE. */
    imageTagMutability: Type.Optional(
      Type.Union([
        Type.Literal('MUTABLE'),
        Type.Literal('IMMUTABLE'),
        Type.Literal('MUTABLE_WITH_EXCLUSION'),
        Type.Literal('IMMUTABLE_WITH_EXCLUSION'),
      ]),
    ),
    /** The repository's scan-on-push setting; omitted: false. */
    scanOnPush: Type.Optional(Type.Boolean()),
    /** The lifecycle policy, as the JSON document ECR stores; omitted: none. */
    lifecyclePolicy: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

const RegistryScanningSchema = Type.Object(
  {
    scanType: Type.Union([Type.Literal('BASIC'), Type.Literal('ENHANCED')]),
    rules: Type.Array(
      Type.Object(
        {
          scanFrequency: Type.Union([
            Type.Literal('SCAN_ON_PUSH'),
            Type.Literal('CONTINUOUS_SCAN'),
            Type.Literal('MANUAL'),
          ]),
          /** Repository name filters (WILDCARD: `*` matches any characters). */
          repositoryFilters: Type.Array(Type.String({ minLength: 1 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const EcrStateSchema = Type.Object(
  {
    /** Repositories by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object(
          {
            repositories: Type.Optional(Type.Array(RepositorySchema)),
            /** The registry's scanning configuration; omitted: BASIC without rules (a new registry's). */
            registryScanning: Type.Optional(RegistryScanningSchema),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export type EcrState = Static<typeof EcrStateSchema>;
export type SimulatedEcrRepository = Static<typeof RepositorySchema>;
