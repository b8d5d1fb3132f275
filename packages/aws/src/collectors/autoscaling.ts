import {
  type AutoScalingGroup,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
} from '@aws-sdk/client-auto-scaling';
import type { AutoscalingGroup } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The largest page both Describe operations accept. */
const MAX_RECORDS = 100;

/** Traffic source types that are Elastic Load Balancing load balancers or target groups. */
const ELB_TRAFFIC_SOURCES = new Set(['elb', 'elbv2']);

export function autoscalingGroup(group: AutoScalingGroup): AutoscalingGroup | null {
  if (!group.AutoScalingGroupName || !group.AutoScalingGroupARN) return null;
  const mixed = group.MixedInstancesPolicy?.LaunchTemplate;
  const overrides = mixed?.Overrides ?? [];
  return {
    arn: group.AutoScalingGroupARN,
    name: group.AutoScalingGroupName,
    healthCheckType: group.HealthCheckType ?? 'EC2',
    loadBalanced:
      (group.LoadBalancerNames ?? []).length > 0 ||
      (group.TargetGroupARNs ?? []).length > 0 ||
      (group.TrafficSources ?? []).some((source) => ELB_TRAFFIC_SOURCES.has(source.Type ?? 'elbv2')),
    availabilityZones: group.AvailabilityZones ?? [],
    launchConfigurationName: group.LaunchConfigurationName ?? null,
    launchTemplateId:
      group.LaunchTemplate?.LaunchTemplateId ??
      group.LaunchTemplate?.LaunchTemplateName ??
      mixed?.LaunchTemplateSpecification?.LaunchTemplateId ??
      mixed?.LaunchTemplateSpecification?.LaunchTemplateName ??
      null,
    overrideInstanceTypes: [
      ...new Set(overrides.flatMap((override) => (override.InstanceType ? [override.InstanceType] : []))),
    ],
    attributeBasedInstanceTypes: overrides.some((override) => override.InstanceRequirements !== undefined),
  };
}

/** The region's Auto Scaling groups, every page. */
export const autoscalingGroupsCollector: RegionalCollector<'autoscaling.groups'> = {
  slice: 'autoscaling.groups',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) =>
        api.call(
          region,
          'autoscaling',
          new DescribeAutoScalingGroupsCommand({ MaxRecords: MAX_RECORDS, NextToken: token }),
        ),
      nextToken: (page) => page.NextToken || undefined,
      items: (page) => page.AutoScalingGroups,
      entry: autoscalingGroup,
    }),
};

/** The region's launch configurations, every page. */
export const autoscalingLaunchConfigurationsCollector: RegionalCollector<'autoscaling.launchConfigurations'> =
  {
    slice: 'autoscaling.launchConfigurations',
    collect: ({ api, region }) =>
      collectList({
        listPage: (token) =>
          api.call(
            region,
            'autoscaling',
            new DescribeLaunchConfigurationsCommand({ MaxRecords: MAX_RECORDS, NextToken: token }),
          ),
        nextToken: (page) => page.NextToken || undefined,
        items: (page) => page.LaunchConfigurations,
        entry: (configuration) => {
          if (!configuration.LaunchConfigurationName || !configuration.LaunchConfigurationARN) return null;
          const tokens = configuration.MetadataOptions?.HttpTokens;
          return {
            arn: configuration.LaunchConfigurationARN,
            name: configuration.LaunchConfigurationName,
            metadataHttpTokens: tokens === 'required' || tokens === 'optional' ? tokens : null,
            associatePublicIpAddress: configuration.AssociatePublicIpAddress ?? null,
          };
        },
      }),
  };
