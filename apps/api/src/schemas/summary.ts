import { SEVERITIES } from '@orgscan/checks';
import { SCAN_STATUSES } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime, OrganizationQuery, Uuid } from './common.js';
import { SeveritySchema } from './finding.js';
import { literalUnion } from './literal-union.js';
import { AccountCellsSchema, ScanCoverageSchema } from './scan.js';

export const StatusCountsSchema = Type.Object(
  {
    total: Type.Integer({ examples: [120] }),
    PASS: Type.Integer({ examples: [90] }),
    FAIL: Type.Integer({ description: 'Failures no mute covers', examples: [20] }),
    ERROR: Type.Integer({ examples: [4] }),
    SKIPPED: Type.Integer({ examples: [3] }),
    MANUAL: Type.Integer({ examples: [1] }),
    muted: Type.Integer({
      description: 'Failures a mute covers (accepted risk): not counted as FAIL',
      examples: [2],
    }),
    passRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
      description: 'PASS / (PASS + FAIL); null when nothing decisive was observed',
      examples: [0.8182],
    }),
  },
  { title: 'StatusCounts' },
);

const withCounts = <T extends Record<string, import('@sinclair/typebox').TSchema>>(fields: T) =>
  Type.Composite([Type.Object(fields), StatusCountsSchema]);

export const PostureSummarySchema = Type.Object(
  {
    organizationId: Type.String({ examples: ['default'] }),
    scanId: Type.Union([Uuid, Type.Null()], { description: 'null: the current posture' }),
    generatedAt: DateTime,
    totals: StatusCountsSchema,
    failedBySeverity: Type.Object(
      Object.fromEntries(SEVERITIES.map((severity) => [severity, Type.Integer()])),
      { description: 'FAIL findings (not muted) by severity' },
    ),
    bySeverity: Type.Array(withCounts({ severity: SeveritySchema })),
    byCheck: Type.Array(
      withCounts({
        checkId: Type.String(),
        title: Type.Union([Type.String(), Type.Null()]),
        service: Type.Union([Type.String(), Type.Null()]),
        severity: SeveritySchema,
      }),
    ),
    byAccount: Type.Array(
      withCounts({
        accountId: Type.String(),
        name: Type.Union([Type.String(), Type.Null()]),
        ouPath: Type.Union([Type.String(), Type.Null()]),
      }),
      { description: 'Per account, with its pass rate' },
    ),
    byOu: Type.Array(
      withCounts({
        ouId: Type.String(),
        name: Type.String(),
        path: Type.String({ examples: ['Root/Workloads/Production'] }),
        accounts: Type.Integer({ description: 'Accounts with results beneath this OU (nested included)' }),
      }),
      { description: 'Per OU and root, all accounts beneath it counted (nested OUs included)' },
    ),
    byRegion: Type.Array(withCounts({ region: Type.String() })),
    coverage: Type.Object({
      accountsWithResults: Type.Integer(),
      accountsKnown: Type.Integer({ description: 'Accounts of the organization (current) or of the scan' }),
      accountsWithoutResults: Type.Array(Type.String(), {
        description: 'ACTIVE accounts (current) or accounts of the scan with no result: not silently passing',
      }),
      regions: Type.Array(Type.String()),
      checksEvaluated: Type.Integer({ description: 'Checks with at least one non-ERROR result' }),
      checksWithErrors: Type.Integer({ description: 'Checks that could not be evaluated somewhere (ERROR)' }),
      scan: Type.Union(
        [
          Type.Object({
            id: Uuid,
            status: literalUnion(SCAN_STATUSES),
            createdAt: DateTime,
            finishedAt: NullableDateTime,
            coverage: Type.Union([ScanCoverageSchema, Type.Null()]),
          }),
          Type.Null(),
        ],
        { description: 'The scan (per-scan summary) or the last scan folded into the posture (current)' },
      ),
    }),
  },
  { title: 'PostureSummary' },
);

export const SummaryQuery = Type.Object({ ...OrganizationQuery }, { additionalProperties: false });

export const AccountPostureSchema = Type.Object(
  {
    accountId: Type.String({ examples: ['123456789012'] }),
    name: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    state: Type.String({ description: 'As Organizations reports it', examples: ['ACTIVE'] }),
    ouIds: Type.Array(Type.String(), { description: 'Root, then each OU down to the parent' }),
    ouPath: Type.String({ examples: ['Root/Workloads/Production'] }),
    posture: StatusCountsSchema,
    failedBySeverity: Type.Object(
      Object.fromEntries(SEVERITIES.map((severity) => [severity, Type.Integer()])),
    ),
    lastScan: Type.Union([
      Type.Object({
        scanId: Uuid,
        scanCreatedAt: DateTime,
        status: literalUnion(['pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled'] as const),
        reason: Type.Union([Type.Object({ category: Type.String(), detail: Type.String() }), Type.Null()]),
        finishedAt: NullableDateTime,
        coverage: Type.Union([AccountCellsSchema, Type.Null()]),
      }),
      Type.Null(),
    ]),
  },
  { title: 'AccountPosture' },
);

export const ListAccountsQuery = Type.Object(
  {
    ...OrganizationQuery,
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Items per page' }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
    ouId: Type.Optional(
      Type.String({ pattern: '^(r|ou)-[0-9a-z-]{4,70}$', description: 'Accounts under this OU' }),
    ),
    state: Type.Optional(Type.String({ pattern: '^[A-Z_]{3,32}$', examples: ['ACTIVE'] })),
  },
  { additionalProperties: false },
);

export const AccountParams = Type.Object(
  { id: Type.String({ pattern: '^\\d{12}$', examples: ['123456789012'], description: 'Account id' }) },
  { additionalProperties: false },
);
