import type { AutoscalingGroup, AutoscalingLaunchConfiguration } from '../../inventory/autoscaling.js';

/** Test builders: a harmless group (template, two zones, two types) and launch configuration. */
export function asGroup(name: string, fields: Partial<AutoscalingGroup> = {}): AutoscalingGroup {
  return {
    arn: `arn:aws:autoscaling:eu-west-1:111111111111:autoScalingGroup:0000:autoScalingGroupName/${name}`,
    name,
    healthCheckType: 'ELB',
    loadBalanced: true,
    availabilityZones: ['eu-west-1a', 'eu-west-1b'],
    launchConfigurationName: null,
    launchTemplateId: 'lt-1',
    overrideInstanceTypes: ['m5.large', 'm6i.large'],
    attributeBasedInstanceTypes: false,
    ...fields,
  };
}

export function asLaunchConfiguration(
  name: string,
  fields: Partial<AutoscalingLaunchConfiguration> = {},
): AutoscalingLaunchConfiguration {
  return {
    arn: `arn:aws:autoscaling:eu-west-1:111111111111:launchConfiguration:0000:launchConfigurationName/${name}`,
    name,
    metadataHttpTokens: 'required',
    associatePublicIpAddress: false,
    ...fields,
  };
}
