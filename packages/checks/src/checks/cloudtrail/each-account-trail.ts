import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, error, pass } from '../../model/check-result.js';
import { accountRegionResource, type ResourceRef } from '../../model/resource.js';
import { accountTrails, trailResource } from './trail-coverage.js';

/**
 * Judges each trail homed in the account (an organization trail is judged once, in the management account,
 * not in every member it logs), plus an ERROR for each region whose trails could not be read.
 */
export function eachAccountTrail(
  ctx: EvaluationContext,
  judge: (trail: CloudTrailTrail, resource: ResourceRef) => CheckResult,
): CheckResult[] {
  const { items: trails, unreadable } = accountTrails(ctx);
  const results = trails.map((trail) => judge(trail, trailResource(trail)));
  for (const { region, error: cause } of unreadable) {
    const resource = accountRegionResource(ctx.account.partition, ctx.account.id, region);
    results.push(
      error(
        resource,
        cause.code,
        `Could not read the trails of ${region}: ${cause.operation} failed with ${cause.code}.`,
      ),
    );
  }
  if (results.length === 0) {
    results.push(
      pass(
        ctx.scopeResource,
        'No trail is homed in this account (an organization trail is judged in the management account).',
      ),
    );
  }
  return results;
}
