import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** The queue that carries scans: one flow per scan (parent finalize-scan, children scan-account). */
export const SCAN_QUEUE = 'scans';

export const JOB_NAMES = {
  scanAccount: 'scan-account',
  finalizeScan: 'finalize-scan',
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

/** Deterministic ids (no ':' — BullMQ reserves it): a retried request cannot enqueue the same work twice. */
export function scanAccountJobId(scanId: string, accountId: string): string {
  return `scan-${scanId}-acct-${accountId}`;
}

export function finalizeScanJobId(scanId: string): string {
  return `scan-${scanId}-finalize`;
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
