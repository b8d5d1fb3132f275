import { SEVERITIES } from '@orgscan/checks';
import { Type } from '@sinclair/typebox';
import { DateTime, FrameworkId, OrganizationQuery, Uuid } from './common.js';
import { SeveritySchema } from './finding.js';
import { literalUnion } from './literal-union.js';
import { StatusCountsSchema } from './summary.js';

const BySeverity = (description: string) =>
  Type.Object(Object.fromEntries(SEVERITIES.map((severity) => [severity, Type.Integer()])), { description });

export const OverviewQuery = Type.Object({ ...OrganizationQuery }, { additionalProperties: false });

const AccountRef = {
  accountId: Type.String({ examples: ['123456789012'] }),
  name: Type.String(),
  ouPath: Type.String(),
};

export const PostureOverviewSchema = Type.Object(
  {
    organizationId: Type.String(),
    generatedAt: DateTime,
    totals: StatusCountsSchema,
    failedBySeverity: BySeverity('Open failures (not muted) by severity'),
    lastScan: Type.Union(
      [
        Type.Object({
          id: Uuid,
          status: Type.String(),
          createdAt: DateTime,
          finishedAt: Type.Union([DateTime, Type.Null()]),
        }),
        Type.Null(),
      ],
      { description: 'The latest scan folded into the posture' },
    ),
    change: Type.Union(
      [
        Type.Object({
          since: Type.Object({ scanId: Uuid, scanCreatedAt: DateTime }),
          FAIL: Type.Integer({ description: 'Open failures now minus then' }),
          passRate: Type.Union([Type.Number(), Type.Null()], { description: 'Pass rate now minus then' }),
          failedBySeverity: BySeverity('Open failures by severity, now minus then'),
        }),
        Type.Null(),
      ],
      { description: 'Against the posture after the previous final scan; null before the second one' },
    ),
    topFailingChecks: Type.Array(
      Type.Object({
        checkId: Type.String(),
        title: Type.Union([Type.String(), Type.Null()]),
        service: Type.Union([Type.String(), Type.Null()]),
        severity: SeveritySchema,
        FAIL: Type.Integer({ description: 'Open failures (not muted)' }),
        accountsFailing: Type.Integer(),
        passRate: Type.Union([Type.Number(), Type.Null()]),
      }),
      { description: 'Most severe first, then most failures: what to fix first (at most 10)' },
    ),
    coverage: Type.Object(
      {
        accountsKnown: Type.Integer({ description: 'ACTIVE accounts of the organization' }),
        accountsWithResults: Type.Integer(),
        accountsWithoutResults: Type.Array(Type.Object(AccountRef), {
          description:
            'ACTIVE accounts no scan has any result for (those whose last scan failed are listed apart)',
        }),
        accountsFailed: Type.Array(
          Type.Object({
            ...AccountRef,
            scanId: Uuid,
            reason: Type.Union([
              Type.Object({ category: Type.String(), detail: Type.String() }),
              Type.Null(),
            ]),
          }),
          { description: 'Accounts the last scan folded into the posture could not enter or finish' },
        ),
        regionsWithErrors: Type.Array(Type.Object({ region: Type.String(), ERROR: Type.Integer() })),
        checksWithErrors: Type.Array(
          Type.Object({
            checkId: Type.String(),
            title: Type.Union([Type.String(), Type.Null()]),
            ERROR: Type.Integer(),
            accountsErring: Type.Integer(),
          }),
        ),
      },
      { description: 'What the posture does not cover: never hidden' },
    ),
  },
  { title: 'PostureOverview' },
);

export const TrendQuery = Type.Object(
  {
    ...OrganizationQuery,
    limit: Type.Integer({ minimum: 2, maximum: 365, default: 30, description: 'Last final scans' }),
  },
  { additionalProperties: false },
);

export const PostureTrendSchema = Type.Object(
  {
    organizationId: Type.String(),
    points: Type.Array(
      Type.Object({
        scanId: Uuid,
        scanCreatedAt: DateTime,
        accounts: Type.Integer({ description: 'Accounts with results' }),
        totals: StatusCountsSchema,
        failedBySeverity: BySeverity('Open failures by severity'),
      }),
      { description: 'The posture right after each final scan, oldest first' },
    ),
  },
  { title: 'PostureTrend' },
);

export const HeatmapQuery = Type.Object(
  {
    ...OrganizationQuery,
    framework: Type.Optional(FrameworkId),
    section: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Drill down: one column per check of this section instead of one per section',
      }),
    ),
  },
  { additionalProperties: false },
);

const HeatmapCellSchema = Type.Union([
  Type.Object({
    pass: Type.Integer(),
    fail: Type.Integer({ description: 'Open failures (not muted)' }),
    muted: Type.Integer(),
    error: Type.Integer(),
    passRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  }),
  Type.Null(),
]);

export const PostureHeatmapSchema = Type.Object(
  {
    organizationId: Type.String(),
    framework: Type.Object({ id: Type.String(), name: Type.String() }),
    section: Type.Union([Type.String(), Type.Null()]),
    columns: Type.Array(
      Type.Object({
        id: Type.String({ description: 'Section name, or check id when drilled down' }),
        label: Type.String(),
        checks: Type.Array(Type.String()),
      }),
    ),
    rows: Type.Array(
      Type.Object({
        id: Type.String({ description: 'OU (or root) id, or account id' }),
        kind: literalUnion(['ou', 'account'] as const),
        name: Type.String(),
        parentId: Type.Union([Type.String(), Type.Null()]),
        depth: Type.Integer(),
        accounts: Type.Integer({
          description: 'Accounts beneath the OU (nested included), 1 for an account',
        }),
        cells: Type.Array(HeatmapCellSchema, { description: 'One per column; null: no result' }),
      }),
      { description: 'The OU tree depth first: each OU, its child OUs, then its accounts' },
    ),
  },
  { title: 'PostureHeatmap' },
);
