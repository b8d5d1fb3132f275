import type { GuardDutyDetectorDetails } from '../../inventory/guardduty.js';
import { unreadableField } from '../../inventory/read-result.js';
import { type CheckDeclaration, type CheckDefinition, defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import { guardDutyDetectorResource } from './guardduty-detector-resource.js';

/** A feature (protection plan) that must be ENABLED, and the additional configuration that must be too. */
export interface RequiredFeature {
  readonly feature: string;
  readonly additional?: string;
}

/** What a GuardDuty protection check decides: any one of `anyOf` satisfied passes the detector. */
export interface GuardDutyProtection {
  readonly anyOf: readonly RequiredFeature[];
  /** How the protection is called in messages (e.g. "S3 Protection"). */
  readonly name: string;
}

function describe(required: RequiredFeature): string {
  return required.additional ? `${required.feature} with ${required.additional}` : required.feature;
}

function satisfied(details: GuardDutyDetectorDetails, required: RequiredFeature): boolean {
  const feature = details.features[required.feature];
  if (!feature?.enabled) return false;
  return required.additional === undefined || feature.additional[required.additional] === true;
}

/** The enabled features, and their enabled additional configuration as `FEATURE/CONFIGURATION`. */
function enabledFeatures(details: GuardDutyDetectorDetails): string[] {
  return Object.entries(details.features).flatMap(([name, feature]) =>
    feature.enabled
      ? [
          name,
          ...Object.entries(feature.additional)
            .filter(([, on]) => on)
            .map(([configuration]) => `${name}/${configuration}`),
        ]
      : [],
  );
}

/**
 * The FSBP GuardDuty protection controls (GuardDuty.5 to .13) judge the region's detector alone, as AWS
 * does: its feature (and, for agent management, the feature's additional configuration) must be ENABLED.
 * A region without a detector has nothing to judge (GuardDuty.1, guardduty-detector-enabled, fails it).
 */
export function guardDutyProtectionCheck(
  declaration: Omit<CheckDeclaration, 'service' | 'scope' | 'requires' | 'evaluate'>,
  protection: GuardDutyProtection,
): CheckDefinition {
  const wanted = protection.anyOf.map(describe).join(' or ');
  return defineCheck({
    ...declaration,
    service: 'guardduty',
    scope: 'regional',
    requires: ['guardduty.detectors'],
    evaluate(ctx) {
      const detectors = ctx.slice('guardduty.detectors');
      if (detectors.length === 0) {
        return [
          pass(
            ctx.scopeResource,
            `No GuardDuty detector in ${ctx.region}: no ${protection.name} to judge (guardduty-detector-enabled fails the region).`,
          ),
        ];
      }
      return detectors.map((detector): CheckResult => {
        const resource = guardDutyDetectorResource(detector);
        if (!detector.details.ok) {
          return unreadableField(resource, detector.details, `GuardDuty detector ${detector.id}`);
        }
        const details = detector.details.value;
        const evidence = { detectorStatus: details.status, enabled: enabledFeatures(details) };
        return protection.anyOf.some((required) => satisfied(details, required))
          ? pass(resource, `GuardDuty ${protection.name} is enabled in ${ctx.region} (${wanted}).`, evidence)
          : fail(
              resource,
              `GuardDuty ${protection.name} is not enabled in ${ctx.region}: ${wanted} is not ENABLED on detector ${detector.id}.`,
              evidence,
            );
      });
    },
  });
}
