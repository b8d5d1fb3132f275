import type * as Config from '@aws-sdk/client-config-service';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import { governanceOf, inRegions } from '../state/area-state.js';
import { daysBefore, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Config>> = SimulatedAnswer<typeof Config, Op>;

const LIST_PAGE_SIZE = 20;

function recorderOf(caller: SimulatedAccount, region: string) {
  return governanceOf(caller).configRecorders?.find((recorder) => inRegions(recorder.regions, region));
}

/** Simulated AWS Config: recorders and aggregators of `services.governance`. */
export const simulatedConfig = {
  DescribeConfigurationRecorders: ({ caller, region, input }): Answer<'DescribeConfigurationRecorders'> => {
    const recorder = recorderOf(caller, region);
    const names: readonly string[] | undefined = input.ConfigurationRecorderNames;
    const unknown = names?.find((name) => !recorder || name !== 'default');
    if (unknown !== undefined) {
      throw simulatedError(
        'NoSuchConfigurationRecorderException',
        `Cannot find configuration recorder with the specified name '${unknown}'.`,
      );
    }
    if (!recorder) return { ConfigurationRecorders: [] };
    return {
      ConfigurationRecorders: [
        {
          arn: `arn:aws:config:${region}:${caller.id}:configuration-recorder/default/sim${caller.id}`,
          name: 'default',
          roleARN: `arn:aws:iam::${caller.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: {
            allSupported: recorder.allSupported,
            includeGlobalResourceTypes: recorder.includeGlobalResourceTypes,
            resourceTypes: recorder.allSupported ? [] : ['AWS::EC2::Instance', 'AWS::S3::Bucket'],
            exclusionByResourceTypes: { resourceTypes: [] },
            recordingStrategy: {
              useOnly: recorder.allSupported ? 'ALL_SUPPORTED_RESOURCE_TYPES' : 'INCLUSION_BY_RESOURCE_TYPES',
            },
          },
          recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
          recordingScope: 'PAID',
        },
      ],
    };
  },
  DescribeConfigurationRecorderStatus: ({
    caller,
    region,
    now,
  }): Answer<'DescribeConfigurationRecorderStatus'> => {
    const recorder = recorderOf(caller, region);
    if (!recorder) return { ConfigurationRecordersStatus: [] };
    const lastStatus = recorder.lastStatus ?? 'Success';
    return {
      ConfigurationRecordersStatus: [
        {
          arn: `arn:aws:config:${region}:${caller.id}:configuration-recorder/default/sim${caller.id}`,
          name: 'default',
          lastStartTime: daysBefore(now, 300),
          ...(recorder.recording ? {} : { lastStopTime: daysBefore(now, 20) }),
          recording: recorder.recording,
          lastStatus,
          ...(lastStatus === 'Failure'
            ? {
                lastErrorCode: 'InsufficientDeliveryPolicyException',
                lastErrorMessage: 'Insufficient delivery policy to s3 bucket, unable to write to bucket.',
              }
            : {}),
          lastStatusChangeTime: daysBefore(now, 1),
        },
      ],
    };
  },
  DescribeConfigurationAggregators: ({
    caller,
    region,
    input,
    now,
  }): Answer<'DescribeConfigurationAggregators'> => {
    const aggregators = (governanceOf(caller).configAggregators ?? [])
      .filter((aggregator) => aggregator.region === region)
      .map((aggregator) => ({
        ConfigurationAggregatorName: aggregator.name,
        ConfigurationAggregatorArn: `arn:aws:config:${region}:${caller.id}:config-aggregator/config-aggregator-${aggregator.name}`,
        ...(aggregator.organizationWide
          ? {
              OrganizationAggregationSource: {
                RoleArn: `arn:aws:iam::${caller.id}:role/config-aggregator`,
                AllAwsRegions: true,
              },
            }
          : { AccountAggregationSources: [{ AccountIds: [caller.id], AllAwsRegions: true }] }),
        CreationTime: daysBefore(now, 400),
        LastUpdatedTime: daysBefore(now, 30),
      }));
    const { items, next } = page(aggregators, input.NextToken, input.Limit ?? LIST_PAGE_SIZE);
    return { ConfigurationAggregators: items, ...(next ? { NextToken: next } : {}) };
  },
} satisfies SimulatedService<typeof Config>;
