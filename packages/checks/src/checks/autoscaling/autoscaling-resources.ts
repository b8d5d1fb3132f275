import type { AutoscalingGroup, AutoscalingLaunchConfiguration } from '../../inventory/autoscaling.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** Auto Scaling resources by ARN, typed with the AWS Security Finding Format resource types. */
export function groupResource(group: AutoscalingGroup): ResourceRef {
  return { id: group.arn, type: 'AwsAutoScalingAutoScalingGroup' };
}

export function launchConfigurationResource(configuration: AutoscalingLaunchConfiguration): ResourceRef {
  return { id: configuration.arn, type: 'AwsAutoScalingLaunchConfiguration' };
}

/**
 * One result per launch configuration of the region: FAIL with the fault `fault` finds, else PASS with
 * `compliant`; one PASS on the region when it has none.
 */
export function judgeLaunchConfigurations(
  ctx: EvaluationContext,
  fault: (configuration: AutoscalingLaunchConfiguration) => string | null,
  compliant: string,
  evidence: (configuration: AutoscalingLaunchConfiguration) => Record<string, string | boolean | null>,
): CheckResult[] {
  const configurations = ctx.slice('autoscaling.launchConfigurations');
  if (configurations.length === 0)
    return [pass(ctx.scopeResource, `No launch configurations in ${ctx.region}.`)];
  return configurations.map((configuration) => {
    const problem = fault(configuration);
    const resource = launchConfigurationResource(configuration);
    return problem === null
      ? pass(resource, `Launch configuration ${configuration.name} ${compliant}.`, evidence(configuration))
      : fail(resource, `Launch configuration ${configuration.name} ${problem}.`, evidence(configuration));
  });
}
