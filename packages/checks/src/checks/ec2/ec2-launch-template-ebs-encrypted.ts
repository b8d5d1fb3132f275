import { defineCheck } from '../../model/check-definition.js';
import { judgeLaunchTemplates } from './launch-template-judgement.js';

/**
 * FSBP EC2.181: no EBS volume of a launch template's default version sets Encrypted false. A volume that
 * does not set it is not judged, as by AWS: it follows the snapshot and EBS encryption by default.
 */
export const ec2LaunchTemplateEbsEncrypted = defineCheck({
  id: 'ec2-launch-template-ebs-encrypted',
  title: 'EC2 launch templates do not turn off encryption of their EBS volumes',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.launchTemplates'],
  compliance: { 'aws-fsbp': ['EC2.181'] },
  remediation: {
    text: 'Create a launch template version whose EBS block device mappings set Encrypted true (or leave it to EBS encryption by default) and make it the default version.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  evaluate: (ctx) =>
    judgeLaunchTemplates(
      ctx,
      (version) =>
        version.unencryptedEbsDevices.length > 0
          ? `leaves EBS volume(s) ${version.unencryptedEbsDevices.join(', ')} unencrypted`
          : null,
      'turns off encryption of no EBS volume',
      (version) => ({ unencryptedEbsDevices: version.unencryptedEbsDevices }),
    ),
});
