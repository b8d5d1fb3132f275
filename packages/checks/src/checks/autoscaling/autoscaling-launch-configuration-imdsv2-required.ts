import { defineCheck } from '../../model/check-definition.js';
import { judgeLaunchConfigurations } from './autoscaling-resources.js';

/**
 * FSBP AutoScaling.3: every launch configuration requires IMDSv2 (HttpTokens required); one that sets no
 * metadata options fails, as by AWS.
 */
export const autoscalingLaunchConfigurationImdsv2Required = defineCheck({
  id: 'autoscaling-launch-configuration-imdsv2-required',
  title: 'Auto Scaling launch configurations require IMDSv2',
  service: 'autoscaling',
  severity: 'high',
  scope: 'regional',
  requires: ['autoscaling.launchConfigurations'],
  compliance: { 'aws-fsbp': ['AutoScaling.3'] },
  remediation: {
    text: 'Launch configurations cannot be changed: create a launch template (better) or a new launch configuration with metadata HttpTokens required, and move the groups to it.',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds',
  },
  evaluate: (ctx) =>
    judgeLaunchConfigurations(
      ctx,
      (configuration) => {
        if (configuration.metadataHttpTokens === 'required') return null;
        return configuration.metadataHttpTokens === null
          ? 'sets no metadata options, so its instances may allow IMDSv1'
          : 'allows IMDSv1 (HttpTokens optional)';
      },
      'requires IMDSv2',
      (configuration) => ({ httpTokens: configuration.metadataHttpTokens }),
    ),
});
