import type * as AutoScaling from '@aws-sdk/client-auto-scaling';
import type { AutoScalingGroup, LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import type { RegionAutoscalingState } from '../state/autoscaling-state.js';
import { boundedPageSize, daysBefore, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

/** The id AWS puts in group and launch configuration ARNs; the name that follows keeps them unique. */
const GROUP_UUID = '6d1f2b3c-0000-4000-8000-000000000001';

type Answer<Op extends SimulatedOperation<typeof AutoScaling>> = SimulatedAnswer<typeof AutoScaling, Op>;

/** The caller's region: its own entry, else the account-wide one, else a fresh region. */
function regionState({ caller, region }: SimulatedRequest): RegionAutoscalingState {
  const autoscaling = caller.services?.autoscaling;
  return autoscaling?.regions?.[region] ?? autoscaling?.everyRegion ?? {};
}

/** AWS pages both Describe operations 50 at a time by default, up to MaxRecords 100. */
function paged<T>(input: { MaxRecords?: number; NextToken?: string }, items: readonly T[]) {
  const size = boundedPageSize(input.MaxRecords, 50, 1, 100, 'MaxRecords');
  const { items: slice, next } = page(items, input.NextToken, size);
  return { items: slice, ...(next ? { NextToken: next } : {}) };
}

/** Simulated Amazon EC2 Auto Scaling: groups and launch configurations (`services.autoscaling`). */
export const simulatedAutoscaling = {
  DescribeAutoScalingGroups: (request): Answer<'DescribeAutoScalingGroups'> => {
    const { caller, region, now } = request;
    const groups: AutoScalingGroup[] = (regionState(request).groups ?? []).map((group) => ({
      AutoScalingGroupName: group.name,
      AutoScalingGroupARN: `arn:aws:autoscaling:${region}:${caller.id}:autoScalingGroup:${GROUP_UUID}:autoScalingGroupName/${group.name}`,
      MinSize: 1,
      MaxSize: 4,
      DesiredCapacity: 2,
      DefaultCooldown: 300,
      HealthCheckType: group.healthCheckType ?? 'EC2',
      HealthCheckGracePeriod: 300,
      AvailabilityZones: (group.zones ?? ['a']).map((zone) => `${region}${zone}`),
      LoadBalancerNames: [],
      TargetGroupARNs: (group.targetGroups ?? []).map(
        (name) => `arn:aws:elasticloadbalancing:${region}:${caller.id}:targetgroup/${name}/0123456789abcdef`,
      ),
      CreatedTime: daysBefore(now, 120),
      ...(group.launchConfiguration ? { LaunchConfigurationName: group.launchConfiguration } : {}),
      ...(group.launchTemplate && !group.instanceTypes
        ? { LaunchTemplate: { LaunchTemplateId: group.launchTemplate, Version: '$Default' } }
        : {}),
      ...(group.launchTemplate && group.instanceTypes
        ? {
            MixedInstancesPolicy: {
              LaunchTemplate: {
                LaunchTemplateSpecification: { LaunchTemplateId: group.launchTemplate, Version: '$Default' },
                Overrides: group.instanceTypes.map((InstanceType) => ({ InstanceType })),
              },
            },
          }
        : {}),
    }));
    const names = request.input.AutoScalingGroupNames;
    const wanted = names
      ? groups.filter((group) => names.includes(group.AutoScalingGroupName ?? ''))
      : groups;
    const { items, NextToken } = paged(request.input, wanted);
    return { AutoScalingGroups: items, ...(NextToken ? { NextToken } : {}) };
  },
  DescribeLaunchConfigurations: (request): Answer<'DescribeLaunchConfigurations'> => {
    const { caller, region, now } = request;
    const configurations: LaunchConfiguration[] = (regionState(request).launchConfigurations ?? []).map(
      (configuration) => ({
        LaunchConfigurationName: configuration.name,
        LaunchConfigurationARN: `arn:aws:autoscaling:${region}:${caller.id}:launchConfiguration:${GROUP_UUID}:launchConfigurationName/${configuration.name}`,
        ImageId: 'ami-0abcdef1234567890',
        InstanceType: 't3.medium',
        CreatedTime: daysBefore(now, 400),
        ...(configuration.httpTokens
          ? { MetadataOptions: { HttpTokens: configuration.httpTokens, HttpEndpoint: 'enabled' } }
          : {}),
        ...(configuration.associatePublicIp !== undefined
          ? { AssociatePublicIpAddress: configuration.associatePublicIp }
          : {}),
      }),
    );
    const names = request.input.LaunchConfigurationNames;
    const wanted = names
      ? configurations.filter((configuration) => names.includes(configuration.LaunchConfigurationName ?? ''))
      : configurations;
    const { items, NextToken } = paged(request.input, wanted);
    return { LaunchConfigurations: items, ...(NextToken ? { NextToken } : {}) };
  },
} satisfies SimulatedService<typeof AutoScaling>;
