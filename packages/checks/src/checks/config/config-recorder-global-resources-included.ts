import type { ConfigRecorder } from '../../inventory/config.js';
import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';

const recordsGlobalTypes = (recorder: ConfigRecorder) =>
  recorder.recording === true && recorder.allSupported && recorder.includeGlobalResourceTypes;

export const configRecorderGlobalResourcesIncluded = defineCheck({
  id: 'config-recorder-global-resources-included',
  title: 'AWS Config records global resource types (IAM) in at least one region',
  service: 'config',
  severity: 'low',
  scope: 'global',
  requires: ['config.recorders'],
  compliance: { 'cis-aws-7.0.0': ['4.3'], 'account-checklist': ['16'] },
  remediation: {
    text: 'In one region (usually the home region), set the recorder to include global resource types so IAM users, groups, roles and policies are recorded; other regions can leave them out to avoid duplicates.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true,includeGlobalResourceTypes=true --region us-east-1',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
  },
  evaluate(ctx) {
    const byRegion = ctx.slicesByRegion('config.recorders');
    const recording = byRegion
      .filter(({ result }) => result.ok && result.value.some(recordsGlobalTypes))
      .map(({ region }) => region);
    if (recording.length > 0) {
      return [
        pass(ctx.scopeResource, `Global resource types are recorded in ${recording.join(', ')}.`, {
          regions: recording,
        }),
      ];
    }
    // A region that could not be read might be the one recording them: that is unknown, not a failure.
    const unreadable = byRegion.flatMap(({ region, result }) =>
      result.ok || result.error.notApplicable ? [] : [{ region, code: result.error.code }],
    );
    const [first] = unreadable;
    if (first) {
      return [
        error(
          ctx.scopeResource,
          first.code,
          `No readable region records global resource types, and ${unreadable.map((entry) => `${entry.region} (${entry.code})`).join(', ')} could not be read.`,
        ),
      ];
    }
    return [
      fail(
        ctx.scopeResource,
        'No region records global resource types, so changes to IAM users, groups, roles and policies are not recorded.',
      ),
    ];
  },
});
