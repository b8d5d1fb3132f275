import type { ProcessorDeps } from '../worker-deps.js';

/**
 * Folds a final scan into the organization's current posture and records what changed (new, resolved,
 * regressed, reopened), in one transaction. Safe to call again: a scan is applied once, and never after a
 * newer scan of the same organization.
 */
export async function applyScanToPosture(
  deps: Pick<ProcessorDeps, 'store' | 'logger' | 'now'>,
  scanId: string,
) {
  const outcome = await deps.store.transaction((tx) => tx.lifecycle.applyScan(scanId, deps.now()));
  if (outcome.applied) {
    deps.logger.info({ scanId, changes: outcome.changes, stepsMs: outcome.stepsMs }, 'posture updated');
  } else if (outcome.reason === 'superseded') {
    deps.logger.warn({ scanId }, 'posture not updated: a newer scan of the organization was applied first');
  }
  return outcome;
}
