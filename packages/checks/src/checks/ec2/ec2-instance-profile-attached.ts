import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/**
 * CIS 2.16: every instance has an IAM instance profile that holds a role. A profile without a role (or one
 * deleted since it was attached) gives the instance no credentials, so its software falls back to stored keys.
 */
export const ec2InstanceProfileAttached = defineCheck({
  id: 'ec2-instance-profile-attached',
  title: 'EC2 instances use an IAM instance role for AWS access',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.instances', 'iam.instanceProfiles'],
  compliance: { 'cis-aws-7.0.0': ['2.16'], 'account-checklist': ['10'] },
  remediation: {
    text: 'Attach an instance profile whose role grants what the workload needs, then remove any access keys stored on the instance (files, environment, user data) and deactivate them in IAM.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`)];
    const rolesByProfile = new Map(
      ctx.slice('iam.instanceProfiles').map((profile) => [profile.arn, profile.roleArns]),
    );
    return instances.map((instance) => {
      const resource = instanceResource(instance);
      const profile = instance.iamInstanceProfileArn;
      const evidence = { state: instance.state, instanceProfileArn: profile };
      if (profile === null) {
        return fail(
          resource,
          `Instance ${instance.id} (${instance.state}) has no IAM instance profile: its software can only reach AWS with stored keys.`,
          evidence,
        );
      }
      const roles = rolesByProfile.get(profile);
      if (roles === undefined) {
        return fail(
          resource,
          `Instance ${instance.id} (${instance.state}) names instance profile ${profile}, which the account does not have: it gets no credentials.`,
          evidence,
        );
      }
      if (roles.length === 0) {
        return fail(
          resource,
          `Instance ${instance.id} (${instance.state}) uses instance profile ${profile}, which holds no role: it gets no credentials.`,
          evidence,
        );
      }
      return pass(
        resource,
        `Instance ${instance.id} (${instance.state}) uses instance profile ${profile} with role ${roles.join(', ')}.`,
        { ...evidence, roleArns: roles },
      );
    });
  },
});
