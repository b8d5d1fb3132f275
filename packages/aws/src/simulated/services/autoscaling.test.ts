import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import {
  autoscalingGroupsCollector,
  autoscalingLaunchConfigurationsCollector,
} from '../../collectors/autoscaling.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { AutoscalingStateSchema } from '../state/autoscaling-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const FRESH: SimulatedAccount = { ...ORG.accounts[0]!, id: '123456789012', services: {} };

function call(operation: string, input: object, account = FRESH, region = 'eu-west-1') {
  return callSimulated(`autoscaling:${operation}`, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated Auto Scaling', () => {
  it('has no groups and no launch configurations in a fresh region, and bounds MaxRecords as AWS does', () => {
    expect(call('DescribeAutoScalingGroups', {}).AutoScalingGroups).toEqual([]);
    expect(call('DescribeLaunchConfigurations', {}).LaunchConfigurations).toEqual([]);
    expect(() => call('DescribeAutoScalingGroups', { MaxRecords: 101 })).toThrow(
      expect.objectContaining({ name: 'InvalidParameterValue' }),
    );
  });

  it('keeps the demo state valid and collects prod-web eu-west-1 through the collectors', async () => {
    for (const account of ORG.accounts) {
      const autoscaling = account.services?.autoscaling;
      if (autoscaling) expect(Value.Errors(AutoscalingStateSchema, autoscaling).First()).toBeUndefined();
    }
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const ctx = account.context('eu-west-1');
      expect(await autoscalingGroupsCollector.collect(ctx)).toMatchObject([
        {
          name: 'web',
          healthCheckType: 'ELB',
          loadBalanced: true,
          availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
          launchTemplateId: 'lt-044cc000000000001',
          overrideInstanceTypes: ['m5.large', 'm6i.large'],
        },
        {
          name: 'legacy-batch',
          healthCheckType: 'EC2',
          loadBalanced: true,
          availabilityZones: ['eu-west-1a'],
          launchConfigurationName: 'legacy-batch-lc',
          launchTemplateId: null,
        },
      ]);
      expect(await autoscalingLaunchConfigurationsCollector.collect(ctx)).toMatchObject([
        { name: 'legacy-batch-lc', metadataHttpTokens: 'optional', associatePublicIpAddress: true },
        { name: 'hardened-lc', metadataHttpTokens: 'required', associatePublicIpAddress: false },
      ]);
    } finally {
      await account.close();
    }
  });
});
