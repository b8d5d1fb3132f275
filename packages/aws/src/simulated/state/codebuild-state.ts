import { type Static, Type } from '@sinclair/typebox';

const SourceSchema = Type.Object(
  {
    type: Type.Union([
      Type.Literal('BITBUCKET'),
      Type.Literal('GITHUB'),
      Type.Literal('GITHUB_ENTERPRISE'),
      Type.Literal('GITLAB'),
      Type.Literal('CODECOMMIT'),
      Type.Literal('S3'),
      Type.Literal('NO_SOURCE'),
    ]),
    /** The repository URL (or bucket path); omitted for NO_SOURCE. */
    location: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

/**
 * One build project. An omitted field takes the value CreateProject gives a project created without that
 * option (see each field).
 */
const ProjectSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9\\-_]{1,254}$' }),
    /** Omitted: NO_SOURCE. */
    source: Type.Optional(SourceSchema),
    /** Secondary sources by identifier; omitted: none. */
    secondarySources: Type.Optional(
      Type.Array(Type.Composite([SourceSchema, Type.Object({ sourceIdentifier: Type.String() })])),
    ),
    /** Environment variables; omitted: none. An omitted type is PLAINTEXT, as in CreateProject. */
    environmentVariables: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1 }),
            value: Type.String(),
            type: Type.Optional(
              Type.Union([
                Type.Literal('PLAINTEXT'),
                Type.Literal('PARAMETER_STORE'),
                Type.Literal('SECRETS_MANAGER'),
              ]),
            ),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    /** CloudWatch Logs for builds; omitted: enabled (CodeBuild's default). */
    cloudWatchLogs: Type.Optional(Type.Boolean()),
    /** S3 logs; omitted: disabled. `encryptionDisabled` omitted: false (encrypted). */
    s3Logs: Type.Optional(
      Type.Object(
        { location: Type.String({ minLength: 1 }), encryptionDisabled: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/**
 * Simulated CodeBuild of one account: its build projects, by region. Omitted means "as AWS has it for a
 * fresh account": no project in any region.
 */
export const CodebuildStateSchema = Type.Object(
  {
    /** Projects by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ projects: Type.Optional(Type.Array(ProjectSchema)) }, { additionalProperties: false }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type CodebuildState = Static<typeof CodebuildStateSchema>;
export type SimulatedCodebuildProject = Static<typeof ProjectSchema>;
