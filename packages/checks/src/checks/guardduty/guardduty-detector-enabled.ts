import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { guardDutyDetectorResource } from './guardduty-detector-resource.js';

/** FSBP GuardDuty.1: every region of the account has a GuardDuty detector whose status is ENABLED. */
export const guarddutyDetectorEnabled = defineCheck({
  id: 'guardduty-detector-enabled',
  title: 'GuardDuty is enabled in every region',
  service: 'guardduty',
  severity: 'high',
  scope: 'regional',
  requires: ['guardduty.detectors'],
  compliance: { 'aws-fsbp': ['GuardDuty.1'] },
  remediation: {
    text: 'Enable GuardDuty in every region (for an organization, designate a delegated administrator and auto-enable all member accounts), or resume a suspended detector.',
    cli: 'aws guardduty create-detector --enable --region <region>  # or: aws guardduty update-detector --detector-id <id> --enable',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  evaluate(ctx) {
    const detectors = ctx.slice('guardduty.detectors');
    if (detectors.length === 0) {
      return [
        fail(ctx.scopeResource, `GuardDuty is not enabled in ${ctx.region}: the region has no detector.`),
      ];
    }
    return detectors.map((detector): CheckResult => {
      const resource = guardDutyDetectorResource(detector);
      if (!detector.details.ok) {
        return unreadableField(resource, detector.details, `GuardDuty detector ${detector.id}`);
      }
      const { status } = detector.details.value;
      return status === 'ENABLED'
        ? pass(resource, `GuardDuty detector ${detector.id} is enabled in ${ctx.region}.`, { status })
        : fail(resource, `GuardDuty detector ${detector.id} in ${ctx.region} is ${status} (suspended).`, {
            status,
          });
    });
  },
});
