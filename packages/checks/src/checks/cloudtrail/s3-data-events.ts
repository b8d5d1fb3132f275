import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { coveringTrails, shortfalls, trailLabel, unreadableError } from './trail-coverage.js';

/**
 * CIS 4.8 / 4.9: a multi-region trail that is logging records S3 object-level (data) events of the given
 * kind for all buckets. An organization trail of the management account counts for every member.
 */
export function s3DataEventsVerdict(ctx: EvaluationContext, kind: 'read' | 'write'): CheckResult[] {
  const gap = (trail: CloudTrailTrail): string | null => {
    if (!trail.isMultiRegion) return 'is single-region';
    if (trail.isLogging !== true) return 'is not logging';
    if (trail.s3DataEvents?.[kind] !== true)
      return `does not record S3 object ${kind} events for all buckets`;
    return null;
  };
  const { items: trails, unreadable } = coveringTrails(ctx);
  const recording = trails.find((view) => gap(view.trail) === null);
  if (recording) {
    const message = recording.viaOrganization
      ? `Covered by organization trail ${recording.trail.arn}: S3 object ${kind} events of all buckets are logged.`
      : `${trailLabel(recording, true)} logs S3 object ${kind} events of all buckets in every region.`;
    return [pass(ctx.scopeResource, message, { trailArn: recording.trail.arn })];
  }
  const finding = `No multi-region trail logs S3 object-level ${kind} events for all buckets`;
  if (unreadable.length > 0) return [unreadableError(ctx, unreadable, finding)];
  return [
    fail(ctx.scopeResource, `${finding}${shortfalls(trails, gap)}.`, { trailsExamined: trails.length }),
  ];
}
