import { SEVERITIES } from '@orgscan/checks';
import { Type } from '@sinclair/typebox';
import { FrameworkId, ServiceId } from './common.js';
import { literalUnion } from './literal-union.js';

export const CheckSchema = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    service: Type.String(),
    severity: literalUnion(SEVERITIES),
    scope: literalUnion(['global', 'regional'] as const),
    frameworks: Type.Array(
      Type.Object({
        id: Type.String(),
        requirements: Type.Array(
          Type.Object({
            id: Type.String(),
            legacyIds: Type.Record(Type.String(), Type.String(), {
              description: 'The same requirement in older benchmark versions',
            }),
          }),
        ),
      }),
    ),
    remediation: Type.Object({
      text: Type.String(),
      cli: Type.Union([Type.String(), Type.Null()]),
      url: Type.String(),
    }),
  },
  { title: 'Check' },
);

export const ListChecksQuery = Type.Object(
  {
    framework: Type.Optional(FrameworkId),
    service: Type.Optional(ServiceId),
    severity: Type.Optional(literalUnion(SEVERITIES)),
  },
  { additionalProperties: false },
);

export const FrameworkSummarySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    version: Type.String(),
    requirements: Type.Integer(),
    requirementsAutomated: Type.Integer({
      description: 'Requirements orgscan evaluates with at least one check',
    }),
    requirementsManual: Type.Integer({
      description: 'Requirements that need a human (MANUAL, with guidance)',
    }),
  },
  { title: 'FrameworkSummary' },
);

export const FrameworkDetailSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    version: Type.String(),
    requirements: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.String(),
        section: Type.String(),
        level: Type.Union([literalUnion(['L1', 'L2'] as const), Type.Null()]),
        benchmarkAutomated: Type.Boolean({ description: 'Whether the benchmark itself calls it automated' }),
        evaluation: literalUnion(['automated', 'manual'] as const, {
          description: 'automated: orgscan checks decide it; manual: reported MANUAL with the guidance',
        }),
        guidance: Type.String(),
        legacyIds: Type.Record(Type.String(), Type.String()),
        securityHubControls: Type.Array(Type.String()),
        checks: Type.Array(Type.String()),
      }),
    ),
  },
  { title: 'FrameworkDetail' },
);

export const FrameworkIdParams = Type.Object({ id: FrameworkId });
