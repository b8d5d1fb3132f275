import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * The queue that carries scans: a plan-scan job per scan, which then adds one flow (parent finalize-scan,
 * children scan-account).
 */
export const SCAN_QUEUE = 'scans';

export const JOB_NAMES = {
  scanAccount: 'scan-account',
  finalizeScan: 'finalize-scan',
  planScan: 'plan-scan',
} as const;

const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });
const AccountId = Type.String({ pattern: '^\\d{12}$' });

/** Job data carries ids and role ARNs, never credentials or external ids. */
export const ScanAccountJobSchema = Type.Object(
  {
    scanId: Uuid,
    organizationId: Type.String({ minLength: 1, maxLength: 64 }),
    accountId: AccountId,
    roleArn: Type.String({ pattern: '^arn:aws[a-z-]*:iam::\\d{12}:role/.+$' }),
  },
  { additionalProperties: false },
);
export type ScanAccountJob = Static<typeof ScanAccountJobSchema>;

export const FinalizeScanJobSchema = Type.Object({ scanId: Uuid }, { additionalProperties: false });
export type FinalizeScanJob = Static<typeof FinalizeScanJobSchema>;

export const PlanScanJobSchema = Type.Object({ scanId: Uuid }, { additionalProperties: false });
export type PlanScanJob = Static<typeof PlanScanJobSchema>;

/**
 * Deterministic ids (no ':' — BullMQ reserves it): a retried request cannot enqueue the same work twice.
 * `round` counts POST /v1/scans/:id/retry: round 0 is the scan itself, each retry of failed accounts is a
 * new round with its own ids.
 */
export function scanAccountJobId(scanId: string, accountId: string, round = 0): string {
  return `scan-${scanId}-acct-${accountId}${round > 0 ? `-retry-${round}` : ''}`;
}

export function planScanJobId(scanId: string): string {
  return `scan-${scanId}-plan`;
}

export function finalizeScanJobId(scanId: string, round = 0): string {
  return `scan-${scanId}-finalize${round > 0 ? `-retry-${round}` : ''}`;
}

export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid ${jobName} payload: ${problems.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

/** Validates job data against its schema; a bad payload can never succeed, so it is not retried. */
export function parseJobData<S extends TSchema>(jobName: string, schema: S, data: unknown): Static<S> {
  const problems = [...Value.Errors(schema, data)].map((error) => `${error.path || '/'} ${error.message}`);
  if (problems.length > 0) throw new InvalidJobPayloadError(jobName, problems);
  return data as Static<S>;
}
