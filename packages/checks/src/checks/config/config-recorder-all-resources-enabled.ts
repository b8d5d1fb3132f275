import type { ConfigAggregator, ConfigRecorder } from '../../inventory/config.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** What keeps a recorder from recording every resource change in the region; empty when it does. */
function recorderProblems(recorder: ConfigRecorder): string[] {
  const problems: string[] = [];
  if (!recorder.allSupported) problems.push('records only selected resource types');
  if (recorder.recording !== true) {
    problems.push(recorder.recording === false ? 'is stopped' : 'has no recording status');
  }
  if (recorder.lastStatus === 'Failure') {
    problems.push(`last failed to record${recorder.lastErrorCode ? ` (${recorder.lastErrorCode})` : ''}`);
  }
  return problems;
}

/** The management account's organization-wide aggregator, in whichever region it is homed. */
function organizationAggregator(ctx: EvaluationContext): ConfigAggregator | undefined {
  const byRegion = ctx.orgSlicesByRegion('config.aggregators');
  if (!byRegion.ok) return undefined;
  for (const { result } of byRegion.value) {
    const found = result.ok ? result.value.find((aggregator) => aggregator.organizationWide) : undefined;
    if (found) return found;
  }
  return undefined;
}

export const configRecorderAllResourcesEnabled = defineCheck({
  id: 'config-recorder-all-resources-enabled',
  title: 'AWS Config records all supported resource types in every region',
  service: 'config',
  severity: 'medium',
  scope: 'regional',
  requires: ['config.recorders'],
  orgRequires: ['config.aggregators'],
  compliance: { 'cis-aws-7.0.0': ['4.3'], 'account-checklist': ['16'], 'aws-fsbp': ['Config.1'] },
  remediation: {
    text: 'Create (or fix) the configuration recorder of the region so it records all supported resource types, give it a delivery channel, and start it.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> --recording-group allSupported=true --region <region> && aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/gs-console.html',
  },
  evaluate(ctx) {
    const recorders = ctx.slice('config.recorders');
    const aggregator = organizationAggregator(ctx);
    const evidence = { organizationAggregator: aggregator?.arn ?? null };
    // An aggregator only gathers what recorders record: it never stands in for a missing recorder.
    const notReplaced = aggregator
      ? ` The organization aggregator ${aggregator.name} of the management account only collects what recorders record, so it does not replace one here.`
      : '';
    const healthy = recorders.find((recorder) => recorderProblems(recorder).length === 0);
    if (healthy) {
      const aggregated = aggregator
        ? ` and is aggregated by the organization aggregator ${aggregator.name}`
        : '';
      return [
        pass(
          ctx.scopeResource,
          `Config recorder ${healthy.name} records all supported resource types in ${ctx.region}${aggregated}.`,
          evidence,
        ),
      ];
    }
    const [recorder] = recorders;
    if (!recorder) {
      return [fail(ctx.scopeResource, `No AWS Config recorder in ${ctx.region}.${notReplaced}`, evidence)];
    }
    return [
      fail(
        ctx.scopeResource,
        `Config recorder ${recorder.name} in ${ctx.region} ${recorderProblems(recorder).join(' and ')}.${notReplaced}`,
        evidence,
      ),
    ];
  },
});
