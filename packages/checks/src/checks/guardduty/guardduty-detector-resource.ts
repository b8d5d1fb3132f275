import type { GuardDutyDetector } from '../../inventory/guardduty.js';
import type { ResourceRef } from '../../model/resource.js';

export function guardDutyDetectorResource(detector: GuardDutyDetector): ResourceRef {
  return { id: detector.arn, type: 'AwsGuardDutyDetector' };
}
