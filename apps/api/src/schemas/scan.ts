import { FINDING_STATUSES, SEVERITIES } from '@orgscan/checks';
import { ACCOUNT_REASON_CATEGORIES, ACCOUNT_SCAN_STATUSES, SCAN_STATUSES } from '@orgscan/core';
import { type Static, Type } from '@sinclair/typebox';
import { RequirementId } from './common.js';
import { literalUnion } from './literal-union.js';

export const ScanIdParams = Type.Object({ id: Type.String({ format: 'uuid', description: 'Scan id' }) });
export const Region = Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-\\d$', examples: ['eu-west-1'] });
export const AccountId = Type.String({ pattern: '^\\d{12}$', examples: ['123456789012'] });
export const CheckId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)+$',
  examples: ['iam-root-mfa-enabled'],
});

export const StartScanBody = Type.Object(
  {
    organizationId: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
        default: 'default',
        description: 'Organization to scan',
      }),
    ),
    checks: Type.Optional(
      Type.Array(CheckId, {
        minItems: 1,
        maxItems: 500,
        uniqueItems: true,
        description: 'Run these checks',
      }),
    ),
    frameworks: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ minLength: 1, maxLength: 64, examples: ['cis-aws-7.0.0'] }),
            requirements: Type.Optional(
              Type.Array(RequirementId, {
                minItems: 1,
                maxItems: 500,
                uniqueItems: true,
                description:
                  'Only these requirement ids (e.g. 2.4, S3.1, AC-2(1)); absent: the whole framework',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        {
          minItems: 1,
          maxItems: 10,
          description: 'Run the checks mapped to these frameworks (added to checks)',
        },
      ),
    ),
    services: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z0-9]+$', examples: ['iam'] }), {
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        description: 'Only checks of these services (narrows checks/frameworks, or alone selects by service)',
      }),
    ),
    regions: Type.Optional(
      Type.Array(Region, {
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        description: 'Scan only these regions',
      }),
    ),
  },
  {
    additionalProperties: false,
    title: 'StartScanRequest',
    examples: [
      {},
      { frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['2.4', '2.5'] }], regions: ['eu-west-1'] },
    ],
  },
);
export type StartScanBody = Static<typeof StartScanBody>;

export const StartedScanSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.Literal('pending', {
      description: 'Recorded, being planned: its accounts appear in GET /v1/scans/{id} once planned',
    }),
    organizationId: Type.String(),
    links: Type.Object({ self: Type.String(), findings: Type.String() }),
  },
  { title: 'StartedScan' },
);

const CountsByStatus = Type.Object(
  Object.fromEntries(FINDING_STATUSES.map((status) => [status, Type.Integer()])),
);
const CountsBySeverity = Type.Object(
  Object.fromEntries(SEVERITIES.map((severity) => [severity, Type.Integer()])),
);

export const ScanTotalsSchema = Type.Object(
  { findings: Type.Integer(), byStatus: CountsByStatus, failedBySeverity: CountsBySeverity },
  { title: 'ScanTotals' },
);

export const AccountProgressSchema = Type.Object(
  Object.fromEntries(ACCOUNT_SCAN_STATUSES.map((status) => [status, Type.Integer()])),
  { title: 'AccountProgress' },
);

const cellFields = {
  judged: Type.Integer({
    description: 'Cells with findings and no ERROR among them (SKIPPED counts as judged)',
  }),
  total: Type.Integer({
    description: 'Check × region cells: each regional check in each region scanned, each global check once',
  }),
  ratio: Type.Number({ minimum: 0, maximum: 1, description: 'judged / total (1 when total is 0)' }),
};

export const AccountCellsSchema = Type.Object(cellFields, {
  title: 'AccountCells',
  description:
    "The account's check × region cells and how many were judged; a failed or cancelled account: none of the " +
    "scan's estimated cells per account; null while it has not finished (or for skipped accounts)",
});

export const ScanCellsSchema = Type.Object(
  {
    ...cellFields,
    notScannedPerAccount: Type.Integer({
      description:
        'Cells counted (not judged) for each failed or cancelled account: the selected checks over the regions ' +
        'the scan covered',
    }),
  },
  {
    title: 'ScanCells',
    description:
      'Coverage: check × region cells of the scan judged, summed over its accounts (skipped ones excluded). ' +
      'Below 1 with no failed account, the scan ends `incomplete`. null for scans recorded before cells were counted',
  },
);

export const ScanCoverageSchema = Type.Object(
  {
    accounts: Type.Composite([Type.Object({ total: Type.Integer() }), AccountProgressSchema]),
    regionsScanned: Type.Array(Type.String()),
    checksSelected: Type.Integer(),
    checksEvaluated: Type.Integer({ description: 'Checks with at least one non-ERROR finding' }),
    checksWithErrors: Type.Integer({ description: 'Checks with at least one ERROR finding' }),
    cells: Type.Union([ScanCellsSchema, Type.Null()]),
  },
  { title: 'ScanCoverage' },
);

export const ScanSummarySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    organizationId: Type.String(),
    status: literalUnion(SCAN_STATUSES),
    trigger: literalUnion(['api', 'schedule'] as const),
    checks: Type.Array(Type.String()),
    regions: Type.Union([Type.Array(Type.String()), Type.Null()], {
      description: 'Region allow-list; null: all enabled',
    }),
    accountCount: Type.Integer({ description: 'Accounts in the organization; 0 until the scan is planned' }),
    createdAt: Type.String({ format: 'date-time' }),
    plannedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description:
        'When its planning job enumerated the organization and recorded the accounts; null: still being planned',
    }),
    failureReason: Type.Union([Type.String(), Type.Null()], {
      description:
        'Why the scan ended `failed` before any account ran (the organization could not be read: operation, AWS code); null otherwise',
    }),
    startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    totals: Type.Union([ScanTotalsSchema, Type.Null()], { description: 'Set when the scan is final' }),
    coverage: Type.Union([ScanCoverageSchema, Type.Null()], { description: 'Set when the scan is final' }),
  },
  { title: 'ScanSummary' },
);

export const RegionDenialSchema = Type.Object(
  {
    region: Type.String(),
    code: Type.String({ description: 'AWS error code of the denial' }),
    message: Type.String({ description: 'AWS error message (names the policy type)' }),
  },
  { title: 'RegionDenial' },
);

export const ScanAccountSchema = Type.Object(
  {
    accountId: Type.String(),
    name: Type.String(),
    ouPath: Type.String(),
    status: literalUnion(ACCOUNT_SCAN_STATUSES),
    reason: Type.Union([
      Type.Object({ category: literalUnion(ACCOUNT_REASON_CATEGORIES), detail: Type.String() }),
      Type.Null(),
    ]),
    regionsScanned: Type.Array(Type.String()),
    regionsNotEnabled: Type.Array(Type.String()),
    regionsDeniedByPolicy: Type.Array(RegionDenialSchema, {
      description:
        'Regions where an organization policy (SCP) denied every call: not evaluated; each has one SKIPPED finding (check `region-denied-by-policy`) with the AWS error',
    }),
    checksEvaluated: Type.Integer(),
    findings: Type.Integer(),
    errors: Type.Integer({ description: 'ERROR findings: data that could not be read' }),
    coverage: Type.Union([AccountCellsSchema, Type.Null()]),
    apiCalls: Type.Integer(),
    throttles: Type.Integer(),
    attempts: Type.Integer(),
    startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { title: 'ScanAccount' },
);

export const ScanDetailSchema = Type.Composite(
  [
    Type.Omit(ScanSummarySchema, ['totals', 'coverage']),
    Type.Object({
      progress: AccountProgressSchema,
      totals: ScanTotalsSchema,
      coverage: ScanCoverageSchema,
      accounts: Type.Array(ScanAccountSchema),
      postureAppliedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'When its findings were folded into the current posture; null: not yet',
      }),
      changes: Type.Union(
        [
          Type.Object({
            new: Type.Integer(),
            resolved: Type.Integer(),
            regressed: Type.Integer(),
            reopened: Type.Integer(),
            unchanged: Type.Integer(),
          }),
          Type.Null(),
        ],
        {
          description:
            'What it changed (GET /v1/scans/{id}/diff lists them); null until folded in, or when a newer scan ' +
            'was folded in first (then compare pairwise)',
        },
      ),
    }),
  ],
  { title: 'ScanDetail' },
);

export const ListScansQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    organizationId: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' })),
    status: Type.Optional(literalUnion(SCAN_STATUSES)),
  },
  { additionalProperties: false },
);
