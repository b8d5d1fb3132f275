import type { AccountOutcome } from '@orgscan/core';

/**
 * What a worker records for an account that succeeded, as integration tests write it straight into the store:
 * one region, no error, one call; each test sets only the fields it is about.
 */
export function succeededOutcome(fields: Partial<AccountOutcome> = {}): AccountOutcome {
  return {
    regionsScanned: ['eu-west-1'],
    regionsNotEnabled: [],
    regionsDeniedByPolicy: [],
    checksEvaluated: 1,
    findingsCount: 0,
    errorCount: 0,
    apiCalls: 1,
    throttles: 0,
    maxSameRequest: 1,
    durationMs: 1,
    cells: { judged: 0, total: 0 },
    ...fields,
  };
}
