import { defineCheck } from '../../model/check-definition.js';
import { judgeLaunchTemplates } from './launch-template-judgement.js';

/**
 * FSBP EC2.25: the default version of every launch template gives its network interfaces no public IPv4
 * address (no AssociatePublicIpAddress true).
 */
export const ec2LaunchTemplatePublicIpDisabled = defineCheck({
  id: 'ec2-launch-template-public-ip-disabled',
  title: 'EC2 launch templates do not assign public IP addresses to network interfaces',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.launchTemplates'],
  compliance: { 'aws-fsbp': ['EC2.25'] },
  remediation: {
    text: 'Create a launch template version whose network interfaces set AssociatePublicIpAddress false and make it the default version; reach the instances through a load balancer or Session Manager.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <version> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\'',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-launch-template.html',
  },
  evaluate: (ctx) =>
    judgeLaunchTemplates(
      ctx,
      (version) =>
        version.associatesPublicIp ? 'assigns a public IPv4 address to a network interface' : null,
      'assigns no public IP address',
      (version) => ({ associatesPublicIp: version.associatesPublicIp }),
    ),
});
