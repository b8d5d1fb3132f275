import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, FrameworkId, OrganizationQuery, OuId, Uuid } from './common.js';
import { literalUnion } from './literal-union.js';
import { AccountId } from './scan.js';

const STATUSES = ['FAIL', 'ERROR', 'NOT_EVALUATED', 'MANUAL', 'PASS'] as const;
export const ComplianceStatusSchema = literalUnion(STATUSES, {
  description:
    'FAIL: a mapped check failed (muted failures excepted); ERROR: could not be evaluated; NOT_EVALUATED: a ' +
    'mapped check has no result; MANUAL: needs a human (see guidance); PASS: every mapped check passed',
});
const StatusTotals = Type.Object(Object.fromEntries(STATUSES.map((status) => [status, Type.Integer()])), {
  title: 'ComplianceStatusTotals',
});

export const ComplianceReportSchema = Type.Object(
  {
    framework: Type.Object({
      id: Type.String({ examples: ['cis-aws-7.0.0'] }),
      name: Type.String(),
      version: Type.String(),
    }),
    organizationId: Type.String(),
    scanId: Type.Union([Uuid, Type.Null()], { description: 'null: the current posture' }),
    generatedAt: DateTime,
    totals: Type.Object({
      accounts: Type.Integer(),
      requirements: StatusTotals,
      accountRequirements: StatusTotals,
    }),
    requirements: Type.Array(
      Type.Object({
        id: Type.String({ examples: ['2.4'] }),
        title: Type.String(),
        section: Type.String(),
        level: Type.Union([literalUnion(['L1', 'L2'] as const), Type.Null()]),
        evaluation: literalUnion(['automated', 'manual'] as const),
        guidance: Type.String({ description: 'What a human verifies (MANUAL) or how it is judged' }),
        checks: Type.Array(Type.String()),
        status: ComplianceStatusSchema,
        accounts: StatusTotals,
        findings: Type.Union([Type.String(), Type.Null()], {
          description: 'Link to the failing and unevaluable findings behind the requirement; null for manual',
        }),
      }),
    ),
    accounts: Type.Object({
      items: Type.Array(
        Type.Object({
          accountId: Type.String(),
          name: Type.String(),
          ouPath: Type.String(),
          outcome: literalUnion(['evaluated', 'unreachable', 'not-evaluated'] as const),
          totals: StatusTotals,
          requirements: Type.Record(Type.String(), ComplianceStatusSchema, {
            description: 'Requirement id → status',
          }),
        }),
      ),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
  { title: 'ComplianceReport' },
);

export const ComplianceParams = Type.Object({ framework: FrameworkId }, { additionalProperties: false });
export const ScanComplianceParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'Scan id' }), framework: FrameworkId },
  { additionalProperties: false },
);

export const ComplianceQuery = Type.Object(
  {
    ...OrganizationQuery,
    accountId: Type.Optional(Type.Array(AccountId, { maxItems: 100, description: 'Only these accounts' })),
    ouId: Type.Optional(OuId),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Accounts per page' }),
    cursor: Cursor,
  },
  { additionalProperties: false },
);
export const ScanComplianceQuery = Type.Omit(ComplianceQuery, ['organizationId'], {
  additionalProperties: false,
});
