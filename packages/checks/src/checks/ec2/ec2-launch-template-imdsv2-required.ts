import { defineCheck } from '../../model/check-definition.js';
import { judgeLaunchTemplates } from './launch-template-judgement.js';

/**
 * FSBP EC2.170: the default version of every launch template requires IMDSv2 (HttpTokens required). A
 * template that sets no metadata options fails, as in AWS's rule: its instances get whatever the AMI or the
 * account default allows.
 */
export const ec2LaunchTemplateImdsv2Required = defineCheck({
  id: 'ec2-launch-template-imdsv2-required',
  title: 'EC2 launch templates require IMDSv2',
  service: 'ec2',
  severity: 'low',
  scope: 'regional',
  requires: ['ec2.launchTemplates'],
  compliance: { 'aws-fsbp': ['EC2.170'] },
  remediation: {
    text: 'Create a launch template version whose metadata options require session tokens (IMDSv2) and make it the default version.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <version> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
  },
  evaluate: (ctx) =>
    judgeLaunchTemplates(
      ctx,
      (version) => {
        if (version.metadataHttpTokens === 'required') return null;
        return version.metadataHttpTokens === null
          ? 'sets no metadata options, so IMDSv1 may be allowed'
          : 'allows IMDSv1 (HttpTokens optional)';
      },
      'requires IMDSv2',
      (version) => ({ httpTokens: version.metadataHttpTokens }),
    ),
});
