import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
} from '@aws-sdk/client-auto-scaling';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { autoscalingGroupsCollector, autoscalingLaunchConfigurationsCollector } from './autoscaling.js';
import type { CollectorContext } from './collector.js';

const autoscalingMock = mockClient(AutoScalingClient);

beforeEach(() => {
  autoscalingMock.reset();
});

afterAll(() => {
  autoscalingMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const groupArn = (name: string) =>
  `arn:aws:autoscaling:us-east-1:${TEST_ACCOUNT_ID}:autoScalingGroup:0000:autoScalingGroupName/${name}`;

describe('autoscalingGroupsCollector', () => {
  it('lists every page and normalizes health checks, load balancers, zones and launch settings', async () => {
    autoscalingMock
      .on(DescribeAutoScalingGroupsCommand, { NextToken: undefined })
      .resolves({
        AutoScalingGroups: [
          {
            AutoScalingGroupName: 'web',
            AutoScalingGroupARN: groupArn('web'),
            HealthCheckType: 'ELB',
            TargetGroupARNs: ['arn:aws:elasticloadbalancing:us-east-1:123:targetgroup/web/1'],
            AvailabilityZones: ['us-east-1a', 'us-east-1b'],
            MixedInstancesPolicy: {
              LaunchTemplate: {
                LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1' },
                Overrides: [
                  { InstanceType: 'm5.large' },
                  { InstanceType: 'm6i.large' },
                  { InstanceType: 'm5.large' },
                ],
              },
            },
            MinSize: 1,
            MaxSize: 2,
            DesiredCapacity: 1,
            DefaultCooldown: 300,
            CreatedTime: new Date(),
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeAutoScalingGroupsCommand, { NextToken: 'page-2' })
      .resolves({
        AutoScalingGroups: [
          {
            AutoScalingGroupName: 'batch',
            AutoScalingGroupARN: groupArn('batch'),
            HealthCheckType: 'EC2',
            TrafficSources: [{ Identifier: 'my-clb', Type: 'elb' }],
            AvailabilityZones: ['us-east-1a'],
            LaunchConfigurationName: 'batch-lc',
            MinSize: 0,
            MaxSize: 1,
            DesiredCapacity: 0,
            DefaultCooldown: 300,
            CreatedTime: new Date(),
          },
          {
            AutoScalingGroupName: 'spot',
            AutoScalingGroupARN: groupArn('spot'),
            HealthCheckType: 'EC2',
            AvailabilityZones: ['us-east-1a', 'us-east-1c'],
            MixedInstancesPolicy: {
              LaunchTemplate: {
                LaunchTemplateSpecification: { LaunchTemplateName: 'spot-template' },
                Overrides: [{ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 4096 } } }],
              },
            },
            MinSize: 0,
            MaxSize: 1,
            DesiredCapacity: 0,
            DefaultCooldown: 300,
            CreatedTime: new Date(),
          },
        ],
      });
    expect(await autoscalingGroupsCollector.collect(context(mockedApi().api))).toEqual([
      {
        arn: groupArn('web'),
        name: 'web',
        healthCheckType: 'ELB',
        loadBalanced: true,
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        launchConfigurationName: null,
        launchTemplateId: 'lt-1',
        overrideInstanceTypes: ['m5.large', 'm6i.large'],
        attributeBasedInstanceTypes: false,
      },
      {
        arn: groupArn('batch'),
        name: 'batch',
        healthCheckType: 'EC2',
        loadBalanced: true,
        availabilityZones: ['us-east-1a'],
        launchConfigurationName: 'batch-lc',
        launchTemplateId: null,
        overrideInstanceTypes: [],
        attributeBasedInstanceTypes: false,
      },
      {
        arn: groupArn('spot'),
        name: 'spot',
        healthCheckType: 'EC2',
        loadBalanced: false,
        availabilityZones: ['us-east-1a', 'us-east-1c'],
        launchConfigurationName: null,
        launchTemplateId: 'spot-template',
        overrideInstanceTypes: [],
        attributeBasedInstanceTypes: true,
      },
    ]);
    const inputs = autoscalingMock
      .commandCalls(DescribeAutoScalingGroupsCommand)
      .map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxRecords: 100 }, { MaxRecords: 100, NextToken: 'page-2' }]);
  });

  it('fails the slice with the AWS code when DescribeAutoScalingGroups is denied', async () => {
    autoscalingMock.on(DescribeAutoScalingGroupsCommand).rejects(awsError('AccessDenied', 403));
    await expect(autoscalingGroupsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'autoscaling:DescribeAutoScalingGroups',
    });
  });
});

describe('autoscalingLaunchConfigurationsCollector', () => {
  it('lists every page and maps metadata options and public addressing', async () => {
    const arn = (name: string) =>
      `arn:aws:autoscaling:us-east-1:${TEST_ACCOUNT_ID}:launchConfiguration:0000:launchConfigurationName/${name}`;
    autoscalingMock
      .on(DescribeLaunchConfigurationsCommand, { NextToken: undefined })
      .resolves({
        LaunchConfigurations: [
          {
            LaunchConfigurationName: 'v2',
            LaunchConfigurationARN: arn('v2'),
            ImageId: 'ami-1',
            InstanceType: 't3.micro',
            CreatedTime: new Date(),
            MetadataOptions: { HttpTokens: 'required' },
            AssociatePublicIpAddress: false,
          },
        ],
        NextToken: 'page-2',
      })
      .on(DescribeLaunchConfigurationsCommand, { NextToken: 'page-2' })
      .resolves({
        LaunchConfigurations: [
          {
            LaunchConfigurationName: 'legacy',
            LaunchConfigurationARN: arn('legacy'),
            ImageId: 'ami-1',
            InstanceType: 't3.micro',
            CreatedTime: new Date(),
          },
        ],
      });
    expect(await autoscalingLaunchConfigurationsCollector.collect(context(mockedApi().api))).toEqual([
      { arn: arn('v2'), name: 'v2', metadataHttpTokens: 'required', associatePublicIpAddress: false },
      { arn: arn('legacy'), name: 'legacy', metadataHttpTokens: null, associatePublicIpAddress: null },
    ]);
  });

  it('fails the slice with the AWS code when DescribeLaunchConfigurations is denied', async () => {
    autoscalingMock.on(DescribeLaunchConfigurationsCommand).rejects(awsError('AccessDenied', 403));
    await expect(
      autoscalingLaunchConfigurationsCollector.collect(context(mockedApi().api)),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'autoscaling:DescribeLaunchConfigurations',
    });
  });
});
