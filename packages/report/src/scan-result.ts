import { FINDING_STATUSES, SEVERITIES } from '@orgscan/checks';
import { type Static, type TLiteral, type TUnion, Type } from '@sinclair/typebox';

/** Names the shape of a saved result, so `orgscan report` can refuse files it does not understand. */
export const SCAN_RESULT_SCHEMA_ID = 'orgscan.scan-result.v1';

/** A union of string literals that keeps its literal types (Type.Union over a mapped array does not). */
function literalUnion<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<TLiteral<T[number]>[]>;
}

/** An ISO 8601 timestamp, as Date.toISOString() writes it (a pattern: TypeBox checks no formats unregistered). */
const DateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
});
const AccountId = Type.String({ pattern: '^\\d{12}$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const SCAN_STATUSES = [
  'running',
  'completed',
  'incomplete',
  'partial',
  'failed',
  'cancelled',
] as const;
export const ACCOUNT_STATUSES = [
  'pending',
  'running',
  'succeeded',
  'failed',
  'skipped',
  'cancelled',
] as const;

export const ResultFindingSchema = Type.Object(
  {
    fingerprint: Type.String({ minLength: 1 }),
    accountId: AccountId,
    region: Type.String({ minLength: 1 }),
    checkId: Type.String({ minLength: 1 }),
    severity: literalUnion(SEVERITIES),
    status: literalUnion(FINDING_STATUSES),
    resourceType: Type.String(),
    resourceId: Type.String(),
    message: Type.String(),
    errorCode: Nullable(Type.String()),
    evidence: Nullable(Type.Record(Type.String(), Type.Unknown())),
    muted: Type.Boolean(),
    muteId: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type ResultFinding = Static<typeof ResultFindingSchema>;

export const RegionDenialSchema = Type.Object(
  { region: Type.String(), code: Type.String(), message: Type.String() },
  { additionalProperties: false },
);

export const ResultAccountSchema = Type.Object(
  {
    accountId: AccountId,
    accountName: Type.String(),
    ouPath: Type.String(),
    ouIds: Type.Array(Type.String()),
    status: literalUnion(ACCOUNT_STATUSES),
    /** Why it did not succeed (failed, skipped, cancelled), with the AWS code in the detail. */
    reason: Nullable(
      Type.Object({ category: Type.String(), detail: Type.String() }, { additionalProperties: false }),
    ),
    regionsScanned: Type.Array(Type.String()),
    regionsNotEnabled: Type.Array(Type.String()),
    /**
     * Regions an organization policy (SCP) denied: not evaluated, one SKIPPED finding each. Optional so
     * that result files written before it existed still read.
     */
    regionsDeniedByPolicy: Type.Optional(Type.Array(RegionDenialSchema)),
    checksEvaluated: Type.Integer({ minimum: 0 }),
    findings: Type.Integer({ minimum: 0 }),
    errors: Type.Integer({ minimum: 0 }),
    apiCalls: Type.Integer({ minimum: 0 }),
    throttles: Type.Integer({ minimum: 0 }),
    durationMs: Nullable(Type.Integer({ minimum: 0 })),
    /**
     * Its check × region cells and how many were judged (no ERROR among their findings); null unless it
     * succeeded. Absent in results saved before cells were counted.
     */
    cells: Type.Optional(
      Nullable(
        Type.Object(
          { judged: Type.Integer({ minimum: 0 }), total: Type.Integer({ minimum: 0 }) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type ResultAccount = Static<typeof ResultAccountSchema>;

const StatusCounts = Type.Object(
  Object.fromEntries(FINDING_STATUSES.map((status) => [status, Type.Integer({ minimum: 0 })])) as Record<
    (typeof FINDING_STATUSES)[number],
    ReturnType<typeof Type.Integer>
  >,
  { additionalProperties: false },
);
const SeverityCounts = Type.Object(
  Object.fromEntries(SEVERITIES.map((severity) => [severity, Type.Integer({ minimum: 0 })])) as Record<
    (typeof SEVERITIES)[number],
    ReturnType<typeof Type.Integer>
  >,
  { additionalProperties: false },
);

export const ResultScanSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    organization: Type.Object(
      {
        /** orgscan's id of the organization (the service's organizationId; the AWS id on the command line). */
        id: Type.String({ minLength: 1 }),
        name: Type.String(),
        awsOrganizationId: Nullable(Type.String()),
        managementAccountId: Nullable(AccountId),
      },
      { additionalProperties: false },
    ),
    status: literalUnion(SCAN_STATUSES),
    /**
     * Not every account was scanned (interrupted, or still running): read the totals as a lower bound. (The
     * status `incomplete` is different: every account ran, but some cells could not be judged.)
     */
    incomplete: Type.Boolean(),
    startedAt: DateTime,
    finishedAt: Nullable(DateTime),
    checkIds: Type.Array(Type.String()),
    /** Region allow-list; null: every enabled region. */
    regions: Nullable(Type.Array(Type.String())),
    totals: Type.Object(
      {
        findings: Type.Integer({ minimum: 0 }),
        byStatus: StatusCounts,
        /** FAIL findings no mute covers, by severity: what needs fixing first. */
        failedBySeverity: SeverityCounts,
        /** FAIL findings a mute covers. */
        muted: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    coverage: Type.Object(
      {
        accounts: Type.Object(
          Object.fromEntries(
            ['total', ...ACCOUNT_STATUSES].map((status) => [status, Type.Integer({ minimum: 0 })]),
          ) as Record<'total' | (typeof ACCOUNT_STATUSES)[number], ReturnType<typeof Type.Integer>>,
          { additionalProperties: false },
        ),
        regionsScanned: Type.Array(Type.String()),
        checksSelected: Type.Integer({ minimum: 0 }),
        checksEvaluated: Type.Integer({ minimum: 0 }),
        checksWithErrors: Type.Integer({ minimum: 0 }),
        /**
         * Check × region cells judged over the accounts (a failed or cancelled account counts
         * notScannedPerAccount cells, none judged; skipped ones none). Absent in results saved before
         * cells were counted; null when an account's cells are not known.
         */
        cells: Type.Optional(
          Nullable(
            Type.Object(
              {
                judged: Type.Integer({ minimum: 0 }),
                total: Type.Integer({ minimum: 0 }),
                ratio: Type.Number({ minimum: 0, maximum: 1 }),
                notScannedPerAccount: Type.Integer({ minimum: 0 }),
              },
              { additionalProperties: false },
            ),
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type ResultScan = Static<typeof ResultScanSchema>;

/** A whole scan result: the scan, every account with its outcome, every finding. */
export const ScanResultSchema = Type.Object(
  {
    schema: Type.Literal(SCAN_RESULT_SCHEMA_ID),
    tool: Type.Object(
      { name: Type.Literal('orgscan'), version: Type.String() },
      { additionalProperties: false },
    ),
    scan: ResultScanSchema,
    accounts: Type.Array(ResultAccountSchema),
    findings: Type.Array(ResultFindingSchema),
  },
  { additionalProperties: false },
);
export type ScanResult = Static<typeof ScanResultSchema>;

export type ScanTotals = ResultScan['totals'];
export type ScanCoverage = ResultScan['coverage'];
