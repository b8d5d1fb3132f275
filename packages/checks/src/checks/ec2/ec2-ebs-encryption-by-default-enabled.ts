import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

export const ec2EbsEncryptionByDefaultEnabled = defineCheck({
  id: 'ec2-ebs-encryption-by-default-enabled',
  title: 'EBS encryption by default is enabled in every region',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.ebsEncryptionByDefault'],
  compliance: { 'cis-aws-7.0.0': ['6.1.1'], 'account-checklist': ['19'], 'aws-fsbp': ['EC2.7'] },
  remediation: {
    text: 'Turn on EBS encryption by default in every region (an organization declarative policy can enforce it), so every new volume and snapshot copy is encrypted.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  },
  evaluate(ctx) {
    const { enabled } = ctx.slice('ec2.ebsEncryptionByDefault');
    if (enabled) return [pass(ctx.scopeResource, `EBS encryption by default is enabled in ${ctx.region}.`)];
    return [
      fail(
        ctx.scopeResource,
        `EBS encryption by default is disabled in ${ctx.region}: new volumes are unencrypted unless asked.`,
      ),
    ];
  },
});
