import { defineCheck } from '../../model/check-definition.js';
import { judgeLaunchConfigurations } from './autoscaling-resources.js';

/** FSBP AutoScaling.5: no launch configuration gives its instances a public IP address. */
export const autoscalingLaunchConfigurationPublicIpDisabled = defineCheck({
  id: 'autoscaling-launch-configuration-public-ip-disabled',
  title: 'Auto Scaling launch configurations do not assign public IP addresses',
  service: 'autoscaling',
  severity: 'high',
  scope: 'regional',
  requires: ['autoscaling.launchConfigurations'],
  compliance: { 'aws-fsbp': ['AutoScaling.5'] },
  remediation: {
    text: 'Create a launch template (better) or a new launch configuration that does not associate public IP addresses, move the groups to it and reach the instances through a load balancer.',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/change-launch-config.html',
  },
  evaluate: (ctx) =>
    judgeLaunchConfigurations(
      ctx,
      (configuration) =>
        configuration.associatePublicIpAddress === true
          ? 'assigns a public IP address to its instances'
          : null,
      'assigns no public IP address',
      (configuration) => ({ associatePublicIpAddress: configuration.associatePublicIpAddress }),
    ),
});
